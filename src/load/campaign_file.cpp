#include "load/campaign_file.hpp"

#include "load/document.hpp"
#include "load/text_checks.hpp"
#include "model/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

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
        if (node->is_scalar()) {
            std::string t(node->text);
            char* end = nullptr;
            errno = 0;
            double v = std::strtod(t.c_str(), &end);
            if (!t.empty() && end == t.c_str() + t.size() && errno == 0 && !node->quoted)
                return v;
        }
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

std::string read_all(const std::string& path, std::string& error) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        error = "cannot read: it is a directory";
        return {};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = fmt::format("cannot read: {}", std::strerror(errno));
        return {};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// One CSV line split on commas; double quotes may enclose a field (`""` is a quote).
std::vector<std::string> csv_fields(std::string_view line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                fields.back() += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                fields.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    for (std::string& f : fields) {
        auto b = f.find_first_not_of(" \t"), e = f.find_last_not_of(" \t");
        f = b == std::string::npos ? std::string() : f.substr(b, e - b + 1);
    }
    return fields;
}

void add_actual(model::Diagnostics& d, const std::vector<std::string>& kpis, Origin where,
                const std::string& kpi, const std::string& date, const std::string& value,
                std::vector<model::Actual>& out) {
    if (std::find(kpis.begin(), kpis.end(), kpi) == kpis.end()) {
        d.add("unknown-kpi", where,
              fmt::format("KPI `{}` is not in the campaign{}", kpi, model::did_you_mean(kpi, kpis)),
              fmt::format("the campaign's KPIs: {}", model::join(kpis)));
        return;
    }
    auto day = model::parse_day(date);
    if (!day) {
        d.add("invalid-value", where, fmt::format("`{}` is not a date", date),
              "write dates as YYYY-MM-DD");
        return;
    }
    double number = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (value.empty() || ec != std::errc() || end != value.data() + value.size()) {
        d.add("wrong-type", where, fmt::format("`{}` is not a number", value),
              "write a plain number such as 12.5 (no % sign or thousands separator)");
        return;
    }
    out.push_back({kpi, where, *day, number, value});
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
    LoadedCampaign out;
    std::string text = read_all(path, out.io_error);
    if (!out.io_error.empty())
        return out;
    return parse_campaign_text(path, std::move(text));
}

LoadedActuals parse_actuals_text(std::string path, std::string text,
                                 const std::vector<std::string>& kpis) {
    LoadedActuals out;
    bool yaml = path.ends_with(".yaml") || path.ends_with(".yml");
    out.file = std::make_unique<model::SourceFile>(std::move(path), std::move(text));
    const model::SourceFile& file = *out.file;
    if (yaml) {
        // actuals: [{kpi: ..., date: ..., value: ...}, ...]
        auto document = parse_document(file, Limits{}, out.diagnostics);
        if (!document)
            return out;
        const Node* list = document->root->is_mapping() ? document->root->get("actuals") : nullptr;
        if (list == nullptr || !list->is_sequence()) {
            out.diagnostics.add("missing-field", document->root->where,
                                "an actuals file holds a list `actuals:` of {kpi, date, value}",
                                "or write a CSV file with the header kpi,date,value");
            return out;
        }
        for (const Node* row : list->items) {
            auto field = [&](std::string_view k) {
                const Node* n = row->is_mapping() ? row->get(k) : nullptr;
                return n && n->is_scalar() ? std::string(n->text) : std::string();
            };
            add_actual(out.diagnostics, kpis, row->where, field("kpi"), field("date"),
                       field("value"), out.actuals);
        }
        out.diagnostics.sort();
        return out;
    }
    if (!check_text(file, out.diagnostics))
        return out;
    bool header_seen = false;
    for (int n = 1; n <= file.line_count(); ++n) {
        std::string_view line = file.line(n);
        if (n == 1 && has_bom(line))
            line.remove_prefix(3);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        Origin where{&file, n, 1};
        std::vector<std::string> fields = csv_fields(line);
        if (!header_seen) {
            header_seen = true;
            if (fields != std::vector<std::string>{"kpi", "date", "value"}) {
                out.diagnostics.add("missing-field", where,
                                    "the first line must be the header `kpi,date,value`",
                                    "add the header line; columns are in that order");
                return out;
            }
            continue;
        }
        if (fields.size() != 3) {
            out.diagnostics.add(
                "wrong-type", where,
                fmt::format("expected 3 columns (kpi,date,value), found {}", fields.size()),
                "quote a field that contains a comma");
            continue;
        }
        add_actual(out.diagnostics, kpis, where, fields[0], fields[1], fields[2], out.actuals);
    }
    if (!header_seen)
        out.diagnostics.add("empty-file", Origin{&file, 1, 1}, "the actuals file is empty",
                            "write the header kpi,date,value and one line per measurement");
    return out;
}

LoadedActuals read_actuals_file(const std::string& path, const std::vector<std::string>& kpis) {
    LoadedActuals out;
    std::string text = read_all(path, out.io_error);
    if (!out.io_error.empty())
        return out;
    return parse_actuals_text(path, std::move(text), kpis);
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
    LoadedCampaign out;
    std::string text = read_all(path, out.io_error);
    if (!out.io_error.empty())
        return out;
    return parse_campaign_text(path, std::move(text), more);
}

} // namespace strat::load
