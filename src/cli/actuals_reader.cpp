#include "cli/actuals_reader.hpp"

#include "load/number.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

#include <filesystem>

namespace strat::cli {
namespace {

std::string listed(const std::vector<std::string>& words) {
    constexpr std::size_t shown = 8;
    if (words.size() <= shown)
        return util::join(words);
    std::vector<std::string> first(words.begin(), words.begin() + shown);
    return fmt::format("{} and {} more", util::join(first), words.size() - shown);
}

constexpr const char* pairing_hint =
    "a file without a `campaign` column holds the actuals of the campaign whose file has "
    "its name (actuals/NAME.csv for NAME.yaml); or add a `campaign` column";

} // namespace

std::string campaign_key(const std::string& path) {
    return std::filesystem::path(path).stem().string();
}

void ActualsReader::read(const std::string& path) {
    if (path.ends_with(".yaml") || path.ends_with(".yml"))
        read_yaml(path);
    else
        read_csv(path);
}

/// The campaign a file without a `campaign` column belongs to: the one named like
/// the file, or, for a file named with --actuals, the only campaign read.
std::size_t ActualsReader::campaign_of(const std::string& path) const {
    std::size_t c = builder_.find_campaign(campaign_key(path));
    if (c == engine::DashboardBuilder::npos && named_ && builder_.keys().size() == 1)
        c = 0;
    return c;
}

std::string ActualsReader::no_campaign_message(const std::string& path) const {
    return fmt::format("no campaign is named `{}` to pair these actuals with{}", campaign_key(path),
                       util::did_you_mean(campaign_key(path), builder_.keys()));
}

void ActualsReader::read_yaml(const std::string& path) {
    std::size_t c = campaign_of(path);
    if (c == engine::DashboardBuilder::npos && selection_)
        return;
    if (c == engine::DashboardBuilder::npos) {
        auto stream = std::make_unique<load::ActualsStream>(path);
        stream->file_error("invalid-value", no_campaign_message(path), pairing_hint);
        diagnostics.append(stream->diagnostics());
        streams.push_back(std::move(stream));
        return;
    }
    load::LoadedActuals loaded = load::read_actuals_file(path, builder_.kpi_ids(c));
    context_.require_readable(loaded.diagnostics);
    for (const model::Actual& a : loaded.actuals)
        builder_.add(c, builder_.find_kpi(c, a.kpi), a.date.days, a.value, a.value_text);
    diagnostics.append(loaded.diagnostics);
    yaml_files.push_back(std::move(loaded));
}

void ActualsReader::read_csv(const std::string& path) {
    auto stream = std::make_unique<load::ActualsStream>(path);
    load::ActualsStream& s = *stream;
    std::size_t fixed = engine::DashboardBuilder::npos;
    bool fixed_known = false;
    std::string last_key;
    std::size_t last_campaign = engine::DashboardBuilder::npos;
    std::string last_date;
    long long last_day = 0;
    using Column = load::ActualsColumn;
    bool ok = s.read([&](const load::ActualsRow& row) {
        std::size_t c;
        if (s.has_campaign_column()) {
            std::string_view key = row[Column::campaign];
            if (key != last_key || last_campaign == engine::DashboardBuilder::npos) {
                last_key = key;
                last_campaign = builder_.find_campaign(key);
            }
            c = last_campaign;
            if (c == engine::DashboardBuilder::npos && selection_)
                return;
            if (c == engine::DashboardBuilder::npos) {
                s.error(row, Column::campaign, "invalid-value",
                        fmt::format("campaign `{}` is not among the campaigns read{}", key,
                                    util::did_you_mean(key, builder_.keys())),
                        fmt::format("a campaign is named by its file name without .yaml: {}",
                                    listed(builder_.keys())));
                return;
            }
        } else {
            if (!fixed_known) {
                fixed_known = true;
                fixed = campaign_of(path);
                if (fixed == engine::DashboardBuilder::npos && !selection_)
                    s.file_error("invalid-value", no_campaign_message(path), pairing_hint);
            }
            if (fixed == engine::DashboardBuilder::npos)
                return;
            c = fixed;
        }
        std::string_view kpi = row[Column::kpi];
        std::size_t k = builder_.find_kpi(c, kpi);
        if (k == engine::DashboardBuilder::npos) {
            const std::vector<std::string>& ids = builder_.kpi_ids(c);
            s.error(row, Column::kpi, "unknown-kpi",
                    fmt::format("KPI `{}` is not in campaign `{}`{}", kpi, builder_.keys()[c],
                                util::did_you_mean(kpi, ids)),
                    fmt::format("the campaign's KPIs: {}", util::join(ids)));
            return;
        }
        std::string_view date = row[Column::date];
        if (date != last_date) {
            std::optional<model::Day> day = model::parse_day(date);
            if (!day) {
                s.error(row, Column::date, "invalid-value", fmt::format("`{}` is not a date", date),
                        "write dates as YYYY-MM-DD");
                return;
            }
            last_date = date;
            last_day = day->days;
        }
        std::string_view text = row[Column::value];
        load::ParsedNumber value = load::parse_number(text);
        if (!value) {
            s.error(row, Column::value,
                    value.problem == load::NumberProblem::out_of_range ? "out-of-range"
                                                                       : "wrong-type",
                    fmt::format("`{}` {}", text, load::number_problem_words(value.problem)),
                    "write a plain number such as 12.5 (no % sign or thousands separator)");
            return;
        }
        builder_.add(c, k, last_day, value.value, text);
    });
    context_.require_readable(s.diagnostics());
    if (s.dialect() == load::CsvDialect::german)
        context_.note(fmt::format("{}: {}", path, load::german_csv_note));
    (void)ok;
    if (s.diagnostics().items().empty())
        return;
    truncated += s.truncated();
    s.quote_lines();
    diagnostics.append(s.diagnostics());
    streams.push_back(std::move(stream));
}

} // namespace strat::cli
