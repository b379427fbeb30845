#include "load/campaign_file.hpp"

#include "load/csv.hpp"
#include "load/document.hpp"
#include "load/file_reader.hpp"
#include "load/number.hpp"
#include "load/text_checks.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <span>
#include <unordered_map>
#include <unordered_set>

namespace strat::load {
namespace {

using model::Origin;

/// Reads the keys `review` needs from the skeleton's document, reporting where the
/// file was edited into something it cannot use. Other keys are the team's business.
class CampaignReader {
public:
    CampaignReader(model::Diagnostics& d) : d_(d) {}

    const Node* need(const Node& map, std::string_view key, std::string_view where) {
        const Node* value = map.is_mapping() ? map.get(key) : nullptr;
        if (value == nullptr)
            d_.add("missing-field", map.where,
                   fmt::format("the campaign has no `{}` {}", key, where),
                   "restore it from a fresh `strat plan`, or see strat-campaign(5)");
        return value;
    }

    std::string text(const Node* node, std::string_view key) {
        if (node == nullptr || node->is_null())
            return {};
        if (!node->is_scalar()) {
            d_.add("wrong-type", node->where, fmt::format("`{}` must be text", key));
            return {};
        }
        return std::string(node->text);
    }

    std::optional<double> number(const Node* node, std::string_view key) {
        if (node == nullptr || node->is_null())
            return std::nullopt;
        ParsedNumber number =
            node->is_scalar() && !node->quoted ? parse_number(node->text) : ParsedNumber{};
        if (number)
            return number.value;
        if (number.problem == NumberProblem::out_of_range)
            d_.add("out-of-range", node->where,
                   fmt::format("`{}` is out of range for a number, found `{}`", key, node->text),
                   "write a plain number such as 12.5, or null to leave it open");
        else
            d_.add("wrong-type", node->where,
                   fmt::format("`{}` must be a number or null, found `{}`", key,
                               node->is_scalar() ? node->text : "a list or mapping"),
                   "write a plain number such as 12.5 (no % sign), or null to leave it open");
        return std::nullopt;
    }

    std::optional<model::Day> day(const Node* node, std::string_view key) {
        if (node == nullptr || node->is_null())
            return std::nullopt;
        if (auto day = node->is_scalar() ? model::parse_day(node->text) : std::nullopt)
            return day;
        d_.add("invalid-value", node->where,
               fmt::format("`{}` must be a date YYYY-MM-DD or null, found `{}`", key,
                           node->is_scalar() ? node->text : "a list or mapping"),
               "write the date as YYYY-MM-DD");
        return std::nullopt;
    }

    template <typename F> void each(const Node* list, std::string_view key, F f) {
        if (list == nullptr || list->is_null())
            return;
        if (!list->is_sequence()) {
            d_.add("wrong-type", list->where, fmt::format("`{}` must be a list", key));
            return;
        }
        for (const Node* item : list->items) {
            if (!item->is_mapping()) {
                d_.add("wrong-type", item->where,
                       fmt::format("each entry of `{}` must be a mapping", key));
                continue;
            }
            f(*item);
        }
    }

    /// An optional word of the vocabulary: null or absent is nullopt, any other text must
    /// be one of its spellings.
    template <typename Enum>
    std::optional<Enum> word(const Node* node, std::string_view key, std::string_view hint) {
        std::string t = text(node, key);
        if (t.empty())
            return std::nullopt;
        if (auto value = model::parse<Enum>(t))
            return value;
        d_.add("invalid-value", node->where,
               fmt::format("`{}` must be {}, found `{}`", key, hint, t));
        return std::nullopt;
    }

    std::optional<int> integer(const Node* node) {
        int v = 0;
        if (node == nullptr || !node->is_scalar() || node->quoted)
            return std::nullopt;
        auto [end, ec] =
            std::from_chars(node->text.data(), node->text.data() + node->text.size(), v);
        if (ec != std::errc() || end != node->text.data() + node->text.size())
            return std::nullopt;
        return v;
    }

    /// The ranking as planned. A missing or edited rank falls back to the entry's place.
    model::RecordedStrategy strategy(const Node& s, int place) {
        model::RecordedStrategy r;
        r.id = text(s.get("id"), "id");
        r.rank = integer(s.get("rank")).value_or(place);
        r.score = integer(s.get("score"));
        const Node* chosen = s.get("chosen");
        r.chosen = chosen && chosen->is_scalar() && chosen->text == "true";
        if (const Node* reasons = s.get("reasons"); reasons && reasons->is_sequence())
            for (const Node* reason : reasons->items)
                if (reason->is_scalar())
                    r.reasons.emplace_back(reason->text);
        return r;
    }

    model::CampaignKpi kpi(const Node& k) {
        model::CampaignKpi kpi;
        kpi.id = text(k.get("id"), "id");
        kpi.where = k.where;
        kpi.name = text(k.get("name"), "name");
        if (auto better = word<model::Direction>(k.get("better"), "better", "up or down"))
            kpi.direction = *better;
        if (auto unit = model::parse<model::Unit>(text(k.get("unit"), "unit")))
            kpi.unit = *unit;
        kpi.cadence =
            word<model::Cadence>(k.get("cadence"), "cadence", "weekly, monthly, quarterly or null");
        kpi.baseline = number(k.get("baseline"), "baseline");
        kpi.target = number(k.get("target"), "target");
        check_target_side(kpi, k.get("target"));
        return kpi;
    }

    /// A target on the wrong side of the baseline would count a worsening KPI as
    /// progress, so it is refused where it is written.
    void check_target_side(const model::CampaignKpi& kpi, const Node* target) {
        if (!kpi.baseline || !kpi.target)
            return;
        bool up = kpi.direction == model::Direction::up;
        if (up ? *kpi.target >= *kpi.baseline : *kpi.target <= *kpi.baseline)
            return;
        d_.add("out-of-range", target->where,
               fmt::format("the target {:g} of `{}` is {} its baseline {:g}, but {} is better "
                           "(better: {})",
                           *kpi.target, kpi.id, up ? "below" : "above", *kpi.baseline,
                           up ? "higher" : "lower", up ? "up" : "down"),
               fmt::format("set a target {} the baseline, or write `better: {}` if {} is better",
                           up ? "above" : "below", up ? "down" : "up", up ? "lower" : "higher"));
    }

    model::CampaignRecord read(const Node& root, const model::SourceFile& file) {
        model::CampaignRecord c;
        c.file = &file;
        if (!root.is_mapping()) {
            d_.add("wrong-type", root.where, "a campaign file is a mapping of `key: value` lines",
                   "write it with `strat plan`");
            return c;
        }
        const Node* version = need(root, "strat_campaign", "version");
        if (version && (!version->is_scalar() || version->text != "1"))
            d_.add("unsupported-version", version->where, "this campaign format is not supported",
                   "write `strat_campaign: 1`");
        c.name = text(root.get("name"), "name");
        if (const Node* industry = need(root, "industry", "section")) {
            c.industry = text(need(*industry, "id", "industry id"), "industry.id");
            c.industry_where = industry->where;
        }
        if (const Node* goal = need(root, "goal", "section"))
            c.goal = text(need(*goal, "id", "goal id"), "goal.id");
        if (const Node* dates = root.get("dates"); dates && dates->is_mapping()) {
            c.start = day(dates->get("start"), "dates.start");
            c.end = day(dates->get("end"), "dates.end");
            if (c.start && c.end && c.end->days <= c.start->days)
                d_.add("out-of-range", dates->get("end")->where,
                       "the campaign ends before it starts", "check dates.start and dates.end");
        }
        each(root.get("answers"), "answers", [&](const Node& a) {
            c.answers.emplace_back(text(a.get("question"), "question"),
                                   text(a.get("answer"), "answer"));
        });
        each(root.get("strategies"), "strategies", [&](const Node& s) {
            c.strategies.push_back(strategy(s, static_cast<int>(c.strategies.size()) + 1));
            if (c.strategies.back().chosen)
                c.chosen_strategies.push_back(c.strategies.back().id);
        });
        std::stable_sort(c.strategies.begin(), c.strategies.end(),
                         [](const auto& a, const auto& b) { return a.rank < b.rank; });
        each(root.get("tactics"), "tactics",
             [&](const Node& t) { c.tactics.push_back(text(t.get("id"), "id")); });
        each(need(root, "kpis", "list"), "kpis", [&](const Node& k) { c.kpis.push_back(kpi(k)); });
        if (const Node* provenance = root.get("provenance"); provenance && provenance->is_mapping())
            each(provenance->get("roadmaps"), "provenance.roadmaps", [&](const Node& r) {
                c.roadmaps.emplace_back(text(r.get("path"), "path"),
                                        text(r.get("sha256"), "sha256"));
            });
        return c;
    }

private:
    model::Diagnostics& d_;
};

/// The campaign's KPI ids, looked up once per actuals row: a set, so that a campaign of
/// many KPIs and a long actuals file cost their sum, not their product.
class KpiIds {
public:
    explicit KpiIds(const std::vector<std::string>& kpis) : list_(kpis) {
        ids_.reserve(kpis.size());
        for (const std::string& id : kpis)
            ids_.insert(id);
        constexpr std::size_t shown = 10;
        std::span<const std::string> first(kpis.data(), std::min(kpis.size(), shown));
        hint_ = fmt::format("the campaign's KPIs: {}", util::join(first));
        if (kpis.size() > shown)
            hint_ += fmt::format(" and {} more", kpis.size() - shown);
    }

    bool contains(std::string_view id) const { return ids_.contains(id); }

    /// " (did you mean `x`?)" for an unknown id. Remembered per spelling, and given up
    /// after some million comparisons: many unknown rows against many KPIs stay linear,
    /// and the first errors, the ones shown, still get their suggestion.
    const std::string& did_you_mean(std::string_view id) {
        auto [it, added] = suggested_.try_emplace(std::string(id));
        if (added && compared_ < max_compared) {
            compared_ += list_.size();
            it->second = util::did_you_mean(id, list_);
        }
        return it->second;
    }

    /// Names the KPIs, the first ten of a long list.
    const std::string& hint() const { return hint_; }

private:
    static constexpr std::size_t max_compared = 4'000'000;
    const std::vector<std::string>& list_;
    std::unordered_set<std::string_view> ids_;
    std::unordered_map<std::string, std::string> suggested_;
    std::size_t compared_ = 0;
    std::string hint_;
};

void add_actual(model::Diagnostics& d, KpiIds& kpis, Origin where, std::string_view kpi,
                std::string_view date, std::string_view value, std::vector<model::Actual>& out) {
    if (!kpis.contains(kpi)) {
        d.add("unknown-kpi", where,
              fmt::format("KPI `{}` is not in the campaign{}", kpi, kpis.did_you_mean(kpi)),
              kpis.hint());
        return;
    }
    auto day = model::parse_day(date);
    if (!day) {
        d.add("invalid-value", where, fmt::format("`{}` is not a date", date),
              "write dates as YYYY-MM-DD");
        return;
    }
    ParsedNumber number = parse_number(value);
    if (!number) {
        d.add(number.problem == NumberProblem::out_of_range ? "out-of-range" : "wrong-type", where,
              fmt::format("`{}` {}", value, number_problem_words(number.problem)),
              "write a plain number such as 12.5 (no % sign or thousands separator)");
        return;
    }
    out.push_back({std::string(kpi), where, *day, number.value, std::string(value)});
}

/// An actuals file of spend only: its `actuals` list is empty.
const Node no_rows = [] {
    Node n;
    n.kind = Node::Kind::sequence;
    return n;
}();

/// The YAML actuals' `spend:` list of {tactic, channel, date, amount, currency}.
void read_spend_list(const Node& list, SpendRows& spend, LoadedActuals& out) {
    if (!list.is_sequence()) {
        out.diagnostics.add("wrong-type", list.where,
                            "`spend` must be a list of {tactic, channel, date, amount, currency}",
                            "write one entry per amount spent, e.g. "
                            "`- {tactic: seo_content, date: 2026-03-31, amount: 2500}`");
        return;
    }
    for (const Node* row : list.items) {
        auto field = [&](std::string_view k) {
            const Node* n = row->is_mapping() ? row->get(k) : nullptr;
            return n && n->is_scalar() ? SpendField{n->text, n->where} : SpendField{{}, row->where};
        };
        spend.add_yaml(out.diagnostics, field("tactic"), field("channel"), field("date"),
                       field("amount"), field("currency"), out.spend);
    }
}

} // namespace

LoadedCampaign parse_campaign_text(std::string path, std::string text) {
    LoadedCampaign out;
    out.file = std::make_unique<model::SourceFile>(std::move(path), std::move(text));
    if (auto document = parse_document(*out.file, Limits{}, out.diagnostics)) {
        CampaignReader reader(out.diagnostics);
        out.campaign = reader.read(*document->root, *out.file);
    }
    out.diagnostics.sort();
    return out;
}

LoadedCampaign read_campaign_file(const std::string& path) {
    FileBytes bytes = read_file_bytes(path, FileKind::campaign);
    if (bytes.failure)
        return unreadable<LoadedCampaign>(path, *bytes.failure);
    return parse_campaign_text(path, std::move(bytes.text));
}

LoadedActuals parse_actuals_text(std::string path, std::string text,
                                 const std::vector<std::string>& kpi_list,
                                 const SpendCheck* spend_check) {
    LoadedActuals out;
    KpiIds kpis(kpi_list);
    std::optional<SpendRows> spend;
    if (spend_check)
        spend.emplace(*spend_check);
    bool yaml = path.ends_with(".yaml") || path.ends_with(".yml");
    out.file = std::make_unique<model::SourceFile>(std::move(path), std::move(text));
    const model::SourceFile& file = *out.file;
    if (yaml) {
        // actuals: [{kpi: ..., date: ..., value: ...}, ...]
        auto document = parse_document(file, Limits{}, out.diagnostics);
        if (!document)
            return out;
        const Node* list = document->root->is_mapping() ? document->root->get("actuals") : nullptr;
        const Node* spent =
            spend && document->root->is_mapping() ? document->root->get("spend") : nullptr;
        if (spent && !list)
            list = &no_rows;
        if (list == nullptr || !list->is_sequence()) {
            out.diagnostics.add("missing-field", document->root->where,
                                "an actuals file holds a list `actuals:` of {kpi, date, value}",
                                "or write a CSV file with the header kpi,date,value");
            return out;
        }
        for (const Node* row : list->items) {
            auto field = [&](std::string_view k) {
                const Node* n = row->is_mapping() ? row->get(k) : nullptr;
                return n && n->is_scalar() ? n->text : std::string_view();
            };
            add_actual(out.diagnostics, kpis, row->where, field("kpi"), field("date"),
                       field("value"), out.actuals);
        }
        if (spent) {
            read_spend_list(*spent, *spend, out);
            out.spend_currency = spend->currency();
        }
        out.diagnostics.sort();
        return out;
    }
    if (!check_text(file, out.diagnostics, "CSV"))
        return out;
    bool header_seen = false;
    CsvLine csv;
    std::string german_value, german_date;
    for (int n = 1; n <= file.line_count(); ++n) {
        std::string_view line = file.line(n);
        if (n == 1 && has_bom(line))
            line.remove_prefix(3);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        Origin where{&file, n, 1};
        if (!header_seen)
            out.dialect = dialect_of(line);
        split_csv_line(line, csv, separator_of(out.dialect));
        if (csv.unclosed_quote != std::string_view::npos) {
            where.column =
                static_cast<int>(util::code_points(line.substr(0, csv.unclosed_quote))) + 1;
            out.diagnostics.add("unterminated-string", where, std::string(unclosed_quote_message),
                                std::string(unclosed_quote_hint));
            if (!header_seen)
                return out;
            continue;
        }
        if (!header_seen) {
            header_seen = true;
            if (csv.fields != std::vector<std::string_view>{"kpi", "date", "value"}) {
                out.diagnostics.add("missing-field", where,
                                    "the first line must be the header `kpi,date,value`",
                                    "add the header line; columns are in that order");
                return out;
            }
            continue;
        }
        if (csv.fields.size() != 3) {
            out.diagnostics.add(
                "wrong-type", where,
                fmt::format("expected 3 columns (kpi,date,value), found {}", csv.fields.size()),
                out.dialect == CsvDialect::german ? "quote a field that contains a semicolon"
                                                  : "quote a field that contains a comma");
            continue;
        }
        if (spend && is_spend_key(csv.fields[0])) {
            auto at = [&](std::size_t i) {
                return SpendField{
                    csv.fields[i],
                    Origin{&file, n,
                           static_cast<int>(util::code_points(line.substr(0, csv.offsets[i]))) +
                               1}};
            };
            spend->add_csv(out.diagnostics, at(0), at(1), at(2), out.dialect, out.spend);
            continue;
        }
        if (out.dialect == CsvDialect::german) {
            std::optional<std::string> number = number_from_german(csv.fields[2]);
            if (!number) {
                where.column =
                    static_cast<int>(util::code_points(line.substr(0, csv.offsets[2]))) + 1;
                out.diagnostics.add(
                    "wrong-type", where,
                    fmt::format("`{}` has a decimal point; a German export writes 17,5",
                                csv.fields[2]),
                    "write the decimal with a comma, or the whole file with `,` between fields");
                continue;
            }
            german_value = std::move(*number);
            german_date = date_from_german(csv.fields[1]);
            csv.fields[2] = german_value;
            if (model::parse_day(german_date)) // else the error quotes the date as written
                csv.fields[1] = german_date;
        }
        add_actual(out.diagnostics, kpis, where, csv.fields[0], csv.fields[1], csv.fields[2],
                   out.actuals);
    }
    if (spend)
        out.spend_currency = spend->currency();
    if (!header_seen)
        out.diagnostics.add("empty-file", Origin{&file, 1, 1}, "the actuals file is empty",
                            "write the header kpi,date,value and one line per measurement");
    return out;
}

LoadedActuals read_actuals_file(const std::string& path, const std::vector<std::string>& kpis,
                                const SpendCheck* spend) {
    FileBytes bytes = read_file_bytes(path, FileKind::actuals);
    if (bytes.failure)
        return unreadable<LoadedActuals>(path, *bytes.failure);
    return parse_actuals_text(path, std::move(bytes.text), kpis, spend);
}

// ---- For commands that read further keys of a campaign (strat dashboard) -------------

LoadedCampaign parse_campaign_text(std::string path, std::string text, const ReadMoreKeys& more) {
    LoadedCampaign out;
    out.file = std::make_unique<model::SourceFile>(std::move(path), std::move(text));
    if (auto document = parse_document(*out.file, Limits{}, out.diagnostics)) {
        CampaignReader reader(out.diagnostics);
        out.campaign = reader.read(*document->root, *out.file);
        more(*document->root, out.diagnostics);
    }
    out.diagnostics.sort();
    return out;
}

LoadedCampaign read_campaign_file(const std::string& path, const ReadMoreKeys& more) {
    FileBytes bytes = read_file_bytes(path, FileKind::campaign);
    if (bytes.failure)
        return unreadable<LoadedCampaign>(path, *bytes.failure);
    return parse_campaign_text(path, std::move(bytes.text), more);
}

} // namespace strat::load
