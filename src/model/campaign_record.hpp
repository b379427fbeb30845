#pragma once
/// A campaign skeleton as read back from its file (strat-campaign(5)), with the values a
/// team filled in, and the KPI actuals measured since. Plain data.

#include "model/origin.hpp"
#include "model/vocabulary.hpp"

#include <optional>
#include <string>
#include <vector>

namespace strat::model {

/// A calendar date as days since 1970-01-01, kept with its text.
struct Day {
    long long days = 0;
    std::string text; ///< YYYY-MM-DD
};

/// "YYYY-MM-DD" → Day; nullopt when it is not a real date.
std::optional<Day> parse_day(std::string_view text);

/// The date `days` after 1970-01-01 (negative: before), with its text.
Day day_from_days(long long days);

/// The same day of the month `months` months later; the month's last day when that day
/// does not exist (31 January + 1 month = 28 or 29 February).
Day add_months(const Day& day, int months);

struct CampaignKpi {
    std::string id;
    Origin where;
    std::string name;
    Direction direction = Direction::up;
    Unit unit = Unit::percent;
    std::optional<Cadence> cadence; ///< none: judged at the review date
    std::optional<double> baseline;
    std::optional<double> target;
};

/// One entry of the campaign's `strategies`: the ranking as it was when planned.
struct RecordedStrategy {
    std::string id;
    int rank = 0;
    std::optional<int> score;
    bool chosen = false;
    std::vector<std::string> reasons; ///< "+2 a good share of guests can still ..."
};

struct CampaignRecord {
    const SourceFile* file = nullptr;
    std::string name;
    std::string industry;
    Origin industry_where;
    std::string goal;
    std::optional<Day> start;
    std::optional<Day> end;
    std::vector<std::pair<std::string, std::string>> answers; ///< question, option
    std::vector<RecordedStrategy> strategies;                 ///< by rank, best first
    std::vector<std::string> chosen_strategies;
    std::vector<std::string> tactics;
    std::vector<CampaignKpi> kpis;
    std::vector<std::pair<std::string, std::string>> roadmaps; ///< path, sha256
};

struct Actual {
    std::string kpi;
    Origin where; ///< the row, for messages
    Day date;
    double value = 0;
    std::string value_text;
};

} // namespace strat::model
