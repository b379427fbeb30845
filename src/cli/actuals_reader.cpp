#include "cli/actuals_reader.hpp"

#include "load/number.hpp"
#include "load/plain_decimal.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

#include <cstring>
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

KpiKeys::KpiKeys(const engine::DashboardBuilder& builder) {
    std::size_t pairs = 0;
    for (std::size_t c = 0; c < builder.keys().size(); ++c)
        pairs += builder.kpi_ids(c).size();
    std::size_t size = 16;
    while (size < 2 * pairs)
        size *= 2;
    slots_.resize(size);
    for (std::size_t c = 0; c < builder.keys().size(); ++c) {
        const std::string& key = builder.keys()[c];
        const std::vector<std::string>& ids = builder.kpi_ids(c);
        for (std::size_t k = 0; k < ids.size(); ++k) {
            if (find(key, ids[k]).campaign != engine::DashboardBuilder::npos)
                continue; // listed twice: the first place counts
            std::uint64_t h = hash(key, ids[k]);
            std::size_t at = h & (slots_.size() - 1);
            while (slots_[at].campaign != empty)
                at = (at + 1) & (slots_.size() - 1);
            slots_[at] = {h,
                          static_cast<std::uint32_t>(c),
                          static_cast<std::uint32_t>(k),
                          static_cast<std::uint32_t>(text_.size()),
                          static_cast<std::uint32_t>(key.size()),
                          static_cast<std::uint32_t>(ids[k].size())};
            text_ += key;
            text_ += ids[k];
        }
    }
}

namespace {

/// Up to eight bytes of `p` as a word, with no call to memcpy for a size known only at
/// run time: a short text in two overlapping loads, as hashes of short keys read it.
std::uint64_t short_word(const char* p, std::size_t n) {
    if (n >= 4) {
        std::uint32_t a = 0, b = 0;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        return a | static_cast<std::uint64_t>(b) << 32;
    }
    if (n == 0)
        return 0;
    auto byte = [&](std::size_t i) {
        return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i]));
    };
    return byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16;
}

} // namespace

std::uint64_t KpiKeys::hash(std::string_view campaign, std::string_view kpi) {
    // Eight bytes at a time (the last eight overlapping), multiplied and folded: a row's
    // key is hashed in a few cycles. The sizes go in first, so overlapping reads and
    // ("ab", "c") against ("a", "bc") give different hashes.
    constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = (campaign.size() << 32 | kpi.size()) * k;
    auto mix = [&](std::uint64_t w) {
        h = (h ^ w) * k;
        h ^= h >> 32;
    };
    for (std::string_view part : {campaign, kpi}) {
        const char* p = part.data();
        std::size_t n = part.size();
        if (n < 8) {
            mix(short_word(p, n));
            continue;
        }
        std::uint64_t w = 0;
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            std::memcpy(&w, p + i, 8);
            mix(w);
        }
        std::memcpy(&w, p + n - 8, 8);
        mix(w);
    }
    return h;
}

KpiKeys::Found KpiKeys::find(std::string_view campaign, std::string_view kpi) const {
    std::uint64_t h = hash(campaign, kpi);
    for (std::size_t at = h & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
        const Slot& s = slots_[at];
        if (s.campaign == empty)
            return {};
        if (s.hash == h && s.campaign_size == campaign.size() && s.kpi_size == kpi.size() &&
            std::string_view(text_).substr(s.text_at, s.campaign_size) == campaign &&
            std::string_view(text_).substr(s.text_at + s.campaign_size, s.kpi_size) == kpi)
            return {s.campaign, s.kpi};
    }
}

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
    load::LoadedActuals loaded =
        load::read_actuals_file(path, builder_.kpi_ids(c), &spend_of(c).check);
    context_.require_readable(loaded.diagnostics);
    for (const model::Actual& a : loaded.actuals)
        builder_.add(c, builder_.find_kpi(c, a.kpi), a.date.days, a.value, a.value_text);
    for (const model::Spend& s : loaded.spend)
        builder_.add_spend(c, s.tactic, s.date.days, s.amount, loaded.spend_currency);
    diagnostics.append(loaded.diagnostics);
    yaml_files.push_back(std::move(loaded));
}

ActualsReader::CampaignSpend& ActualsReader::spend_of(std::size_t c) {
    if (spend_.size() <= c)
        spend_.resize(builder_.keys().size());
    if (!spend_[c]) {
        const model::RecordedBudget* budget = builder_.budget(c);
        spend_[c] = std::make_unique<CampaignSpend>(builder_.campaign(c).tactics,
                                                    budget ? budget->currency : std::string());
    }
    return *spend_[c];
}

void ActualsReader::read_spend(load::ActualsStream& s, const load::ActualsRow& row, std::size_t c) {
    using Column = load::ActualsColumn;
    auto field = [&](Column column) {
        return load::SpendField{row[column], s.origin(row, column)};
    };
    CampaignSpend& spend = spend_of(c);
    model::Diagnostics found;
    spend_row_.clear();
    spend.rows.add_csv(found, field(Column::kpi), field(Column::date), field(Column::value),
                       s.dialect(), spend_row_);
    s.report(found);
    for (const model::Spend& row_spend : spend_row_)
        builder_.add_spend(c, row_spend.tactic, row_spend.date.days, row_spend.amount,
                           spend.rows.currency());
}

void ActualsReader::read_csv(const std::string& path) {
    auto stream = std::make_unique<load::ActualsStream>(path);
    load::ActualsStream& s = *stream;
    std::size_t fixed = engine::DashboardBuilder::npos;
    bool fixed_known = false;
    std::string last_date;
    long long last_day = 0;
    using Column = load::ActualsColumn;
    if (!kpi_keys_)
        kpi_keys_.emplace(builder_);
    bool ok = s.read([&](const load::ActualsRow& row) {
        constexpr std::size_t npos = engine::DashboardBuilder::npos;
        std::size_t c = npos;
        std::size_t k = npos;
        if (s.has_campaign_column()) {
            std::string_view key = row[Column::campaign];
            // The usual row names a campaign and one of its KPIs: one lookup finds both.
            KpiKeys::Found found = kpi_keys_->find(key, row[Column::kpi]);
            c = found.campaign;
            k = found.kpi;
            if (c == npos) // an unknown campaign, or a KPI the campaign does not have
                c = builder_.find_campaign(key);
            if (c == npos && selection_)
                return;
            if (c == npos) {
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
            if (fixed == npos)
                return;
            c = fixed;
        }
        std::string_view kpi = row[Column::kpi];
        if (k == npos && load::is_spend_key(kpi)) { // a prefix test: cheap on any row
            read_spend(s, row, c);
            return;
        }
        if (k == npos)
            k = builder_.find_kpi(c, kpi);
        if (k == npos) {
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
        if (std::optional<double> plain = load::plain_decimal(text)) {
            builder_.add(c, k, last_day, *plain, text);
            return;
        }
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
