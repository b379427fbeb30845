// gen_corpus: writes the reproducible synthetic roadmap corpus of the benchmark.
//
//   gen_corpus files DIR N SIZE_KB   N independent industry roadmaps DIR/bench-0001.yaml ...
//                                    of about SIZE_KB KiB each (ids bench-0001 ..., no
//                                    `extends`): sources, goals with aliases and `start`,
//                                    decision trees 3-6 questions deep with options, weights
//                                    and facts, strategies, tactics with channels, requires
//                                    and steps, KPIs with some sourced benchmarks.
//   gen_corpus tree FILE NODES       one roadmap (id bench-tree-NODES, goal `retention`)
//                                    whose single goal's decision tree has about NODES nodes
//                                    (questions + options); options lead to later questions
//                                    only, so the tree has no cycles, and every question is
//                                    reached; weights spread over 20 strategies.
//
// Every file is valid: `strat validate --strict` reports no error and no warning.
// The same arguments give the same bytes on every platform: the only randomness is a
// fixed-seed xorshift64 whose numbers are mapped to ranges with integer arithmetic here
// (the standard distributions are implementation-defined). File i of `files` does not
// depend on N.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

// ----------------------------------------------------------------------------- randomness

class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed == 0 ? 0x9E3779B97F4A7C15ULL : seed) {
        for (int i = 0; i < 8; ++i)
            next(); // spread a small seed over the state
    }
    std::uint64_t next() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 7;
        state_ ^= state_ << 17;
        return state_;
    }
    /// A number in [lo, hi] (inclusive); the modulo bias is irrelevant here.
    int range(int lo, int hi) {
        const auto span = static_cast<std::uint64_t>(hi - lo + 1);
        return lo + static_cast<int>(next() % span);
    }
    bool chance(int percent) { return range(0, 99) < percent; }
    template <class T> const T& pick(std::span<const T> items) {
        return items[static_cast<std::size_t>(range(0, static_cast<int>(items.size()) - 1))];
    }

private:
    std::uint64_t state_;
};

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    std::uint64_t x = a ^ (b + 0x9E3779B97F4A7C15ULL + (a << 6) + (a >> 2));
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDULL;
    x ^= x >> 33;
    return x;
}

// ----------------------------------------------------------------------------- vocabulary

using Words = std::span<const std::string_view>;

constexpr std::string_view k_nouns_arr[] = {
    "customer",   "guest",   "member",  "subscriber", "buyer",     "account",   "visitor",
    "lead",       "order",   "basket",  "offer",      "reminder",  "journey",   "segment",
    "campaign",   "message", "review",  "referral",   "programme", "catalogue", "season",
    "renewal",    "trial",   "plan",    "store",      "partner",   "event",     "webinar",
    "newsletter", "voucher", "bundle",  "upgrade",    "survey",    "profile",   "preference",
    "category",   "brand",   "product", "service",    "contract",
};
constexpr std::string_view k_verbs_arr[] = {
    "send",    "show",           "offer",   "invite", "remind",  "thank",       "ask",
    "suggest", "follow up with", "call",    "reward", "welcome", "recommend",   "announce",
    "confirm", "test",           "measure", "review", "segment", "personalise",
};
constexpr std::string_view k_adjs_arr[] = {
    "first",    "second",     "loyal",    "lapsed",   "new",       "returning", "seasonal",
    "personal", "short",      "timely",   "relevant", "exclusive", "early",     "local",
    "regular",  "high-value", "inactive", "engaged",  "recent",    "frequent",
};
constexpr std::string_view k_fill_arr[] = {
    "the",  "a",   "each",  "every",  "their",  "your",   "most",    "some", "more",  "fewer",
    "with", "for", "after", "before", "within", "across", "without", "when", "so",    "and",
    "or",   "in",  "on",    "by",     "from",   "to",     "of",      "once", "again", "still",
};
constexpr std::string_view k_time_arr[] = {
    "after the first purchase",
    "within two weeks",
    "before the season starts",
    "at the renewal date",
    "when the trial ends",
    "after a missed visit",
    "on the anniversary of the first order",
    "once the basket is abandoned",
    "when usage drops",
    "after the event",
};

constexpr Words k_nouns{k_nouns_arr};
constexpr Words k_verbs{k_verbs_arr};
constexpr Words k_adjs{k_adjs_arr};
constexpr Words k_fill{k_fill_arr};
constexpr Words k_time{k_time_arr};

// Channels of the format; the first five need marketing consent.
constexpr std::string_view k_channels_arr[] = {
    "email",    "sms",       "push",          "messaging",   "phone",
    "in_app",   "web",       "direct_mail",   "paid_search", "paid_social",
    "display",  "social",    "seo",           "content",     "video",
    "tv",       "radio",     "out_of_home",   "print",       "events",
    "webinar",  "sales",     "partners",      "affiliates",  "pr",
    "referral", "community", "point_of_sale",
};
constexpr Words k_channels{k_channels_arr};
constexpr int k_consent_channels = 5;

constexpr std::string_view k_data_arr[] = {
    "purchase_history", "web_behaviour",   "email_engagement", "app_usage",     "loyalty_data",
    "survey_answers",   "support_tickets", "booking_history",  "product_usage", "firmographics",
};
constexpr std::string_view k_tooling_arr[] = {
    "marketing_automation",
    "crm",
    "cdp",
    "review_platform",
    "loyalty_platform",
    "ab_testing",
    "churn_prediction",
    "recommendation_engine",
    "pos_integration",
    "analytics",
};
constexpr std::string_view k_levels_arr[] = {"low", "medium", "high"};
constexpr std::string_view k_maturity_arr[] = {"basic", "intermediate", "advanced"};
constexpr std::string_view k_units_arr[] = {"percent", "count", "currency",
                                            "ratio",   "days",  "score"};
constexpr std::string_view k_cadence_arr[] = {"weekly", "monthly", "quarterly"};
constexpr Words k_data{k_data_arr};
constexpr Words k_tooling{k_tooling_arr};
constexpr Words k_levels{k_levels_arr};
constexpr Words k_maturity{k_maturity_arr};
constexpr Words k_units{k_units_arr};
constexpr Words k_cadence{k_cadence_arr};

struct GoalWord {
    std::string_view id;
    std::string_view name;
    std::string_view aliases[3];
};
constexpr GoalWord k_goals_arr[] = {
    {"retention", "Customer retention", {"loyalty", "churn", "repeat-purchase"}},
    {"acquisition", "New customer acquisition", {"growth", "new-customers", "prospecting"}},
    {"activation", "Activation", {"onboarding", "first-value", "adoption"}},
    {"winback", "Win back lapsed customers", {"reactivation", "lapsed", "come-back"}},
    {"revenue", "Revenue per customer", {"upsell", "cross-sell", "basket-size"}},
    {"awareness", "Brand awareness", {"reach", "visibility", "brand"}},
    {"referral", "Referrals", {"word-of-mouth", "advocacy", "recommendations"}},
    {"lead-generation", "Lead generation", {"leads", "pipeline", "demand-gen"}},
};
constexpr std::span<const GoalWord> k_goals{k_goals_arr};

constexpr std::string_view k_sectors_arr[] = {
    "outdoor equipment", "pet supplies",    "regional banking", "fitness clubs", "language schools",
    "home insurance",    "craft breweries", "garden centres",   "car rental",    "music streaming",
    "office furniture",  "dental clinics",  "cinema chains",    "meal kits",     "bike repair",
    "cloud hosting",     "wedding venues",  "coworking spaces", "toy stores",    "ski resorts",
};
constexpr Words k_sectors{k_sectors_arr};

// ----------------------------------------------------------------------------- text helpers

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

/// A sentence of lower-case words, commas and no other punctuation: safe as a YAML plain
/// scalar in block context and inside double quotes.
std::string phrase(Rng& rng, int min_words, int max_words) {
    const int n = rng.range(min_words, max_words);
    std::string out;
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            out += (i % 6 == 5 && i + 1 < n) ? ", " : " ";
        const int kind = rng.range(0, 9);
        if (kind < 4)
            out += rng.pick(k_fill);
        else if (kind < 7)
            out += rng.pick(k_nouns);
        else if (kind < 8)
            out += rng.pick(k_verbs);
        else
            out += rng.pick(k_adjs);
    }
    return out;
}

std::string sentence(Rng& rng, int min_words, int max_words) {
    return capitalised(phrase(rng, min_words, max_words)) + ".";
}

std::string paragraph(Rng& rng, int sentences) {
    std::string out;
    for (int i = 0; i < sentences; ++i) {
        if (i > 0)
            out += ' ';
        out += sentence(rng, 8, 18);
    }
    return out;
}

std::string number_tenths(int tenths) {
    std::string out = std::to_string(tenths / 10);
    if (tenths % 10 != 0)
        out += "." + std::to_string(tenths % 10);
    return out;
}

/// `key: [a, b, c]`
std::string flow_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += items[i];
    }
    return out + "]";
}

/// `n` distinct picks from `words`, in the order of `words`.
std::vector<std::string> distinct(Rng& rng, Words words, int n) {
    std::vector<bool> taken(words.size(), false);
    int left = n;
    while (left > 0) {
        const auto i = static_cast<std::size_t>(rng.range(0, static_cast<int>(words.size()) - 1));
        if (!taken[i]) {
            taken[i] = true;
            --left;
        }
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < words.size(); ++i)
        if (taken[i])
            out.emplace_back(words[i]);
    return out;
}

// ----------------------------------------------------------------------------- sections

/// The sections of a roadmap, filled in any order and written in the format's order.
struct Roadmap {
    std::string header;
    std::string goals;
    std::string questions;
    std::string strategies;
    std::string tactics;
    std::string kpis;
    std::vector<std::string> source_ids;    // all sources defined
    std::vector<std::string> source_blocks; // their text, same order
    std::set<std::string> cited_sources;

    std::size_t size() const {
        std::size_t n = header.size() + goals.size() + questions.size() + strategies.size() +
                        tactics.size() + kpis.size();
        for (const auto& s : source_blocks)
            n += s.size();
        return n;
    }

    std::string text() const {
        std::string out = header;
        std::string sources;
        for (std::size_t i = 0; i < source_ids.size(); ++i)
            if (cited_sources.count(source_ids[i]) != 0)
                sources += source_blocks[i];
        if (!sources.empty())
            out += "\nsources:\n" + sources;
        if (!goals.empty())
            out += "\ngoals:\n" + goals;
        if (!questions.empty())
            out += "\nquestions:\n" + questions;
        if (!strategies.empty())
            out += "\nstrategies:\n" + strategies;
        if (!tactics.empty())
            out += "\ntactics:\n" + tactics;
        if (!kpis.empty())
            out += "\nkpis:\n" + kpis;
        return out;
    }
};

void add_header(Roadmap& r, Rng& rng, const std::string& id, const std::string& name) {
    constexpr std::string_view audiences[] = {"b2c", "b2b", "both"};
    r.header = "# Synthetic roadmap written by tests/bench/gen_corpus (fixed seed); not advice.\n";
    r.header += "strat: 1\n";
    r.header += "id: " + id + "\n";
    r.header += "name: " + name + "\n";
    r.header += "description: >-\n  " + paragraph(rng, 2) + "\n  " + paragraph(rng, 2) + "\n";
    r.header += "audience: " + std::string(rng.pick(Words{audiences})) + "\n";
}

void add_sources(Roadmap& r, Rng& rng, int count) {
    constexpr std::string_view publishers[] = {
        "Campaign Monitor", "Mailchimp", "Statista",   "Klaviyo",
        "HubSpot",          "Gartner",   "Forrester",  "Bain & Company",
        "Nielsen",          "Deloitte",  "Salesforce", "Baymard Institute",
    };
    for (int i = 0; i < count; ++i) {
        const std::string publisher(rng.pick(Words{publishers}));
        const int year = rng.range(2015, 2024);
        std::string id;
        for (const char c : publisher) {
            if (c >= 'A' && c <= 'Z')
                id += static_cast<char>(c - 'A' + 'a');
            else if (c >= 'a' && c <= 'z')
                id += c;
            else if (c == ' ' && !id.empty() && id.back() != '-')
                id += '-';
        }
        while (!id.empty() && id.back() == '-')
            id.pop_back();
        id += "-" + std::to_string(year) + "-" + std::to_string(i + 1);
        std::string b;
        b += "  - id: " + id + "\n";
        b += "    publisher: \"" + publisher + "\"\n";
        b += "    title: " + capitalised(phrase(rng, 3, 7)) + " benchmarks\n";
        b += "    year: " + std::to_string(year) + "\n";
        if (rng.chance(70)) {
            b += "    url: https://example.com/reports/" + id + "\n";
        } else {
            b += "    citation: \"" + publisher + ", " + phrase(rng, 4, 8) + ", " +
                 std::to_string(year) + "\"\n";
        }
        if (rng.chance(40))
            b += "    note: \"secondary: quoted by a third-party summary; " + phrase(rng, 4, 10) +
                 "\"\n";
        r.source_ids.push_back(id);
        r.source_blocks.push_back(std::move(b));
    }
}

/// A KPI; with a benchmark citing a source when `source` is not empty.
void add_kpi(Roadmap& r, Rng& rng, const std::string& id, const std::string& source) {
    std::string& k = r.kpis;
    k += "  - id: " + id + "\n";
    k += "    name: " + capitalised(phrase(rng, 2, 4)) + " rate\n";
    k += "    description: " + sentence(rng, 10, 22) + "\n";
    k += "    unit: " + std::string(rng.pick(k_units)) + "\n";
    k += std::string("    direction: ") + (rng.chance(75) ? "up" : "down") + "\n";
    if (rng.chance(70))
        k += "    cadence: " + std::string(rng.pick(k_cadence)) + "\n";
    if (!source.empty()) {
        r.cited_sources.insert(source);
        k += "    benchmark:\n";
        k += "      value: " + number_tenths(rng.range(1, 999)) + "\n";
        k += "      source: " + source + "\n";
        k += "      year: " + std::to_string(rng.range(2015, 2024)) + "\n";
        if (rng.chance(70))
            k += "      segment: " + phrase(rng, 2, 5) + "\n";
        if (rng.chance(30))
            k += "      note: \"" + capitalised(phrase(rng, 6, 14)) + "\"\n";
        const int rule = rng.range(0, 2);
        if (rule == 0)
            k += "    target: {rule: benchmark}\n";
        else if (rule == 1)
            k += "    target: {rule: relative, change: " + std::to_string(rng.range(2, 20)) + "}\n";
    } else if (rng.chance(50)) {
        k += "    target: {rule: absolute, change: " + number_tenths(rng.range(5, 200)) + "}\n";
    }
}

/// A tactic measuring `kpis` (may be empty).
void add_tactic(Roadmap& r, Rng& rng, const std::string& id, const std::vector<std::string>& kpis) {
    std::string& t = r.tactics;
    const auto channels = distinct(rng, k_channels, rng.range(1, 3));
    t += "  - id: " + id + "\n";
    t += "    name: " + capitalised(std::string(rng.pick(k_adjs))) + " " +
         std::string(rng.pick(k_nouns)) + " " + std::string(rng.pick(k_nouns)) + "\n";
    t += "    description: " + sentence(rng, 12, 26) + " " + sentence(rng, 8, 16) + "\n";
    t += "    channels: " + flow_list(channels) + "\n";
    t += "    effort: " + std::string(rng.pick(k_levels)) + "\n";
    t += "    cost: " + std::string(rng.pick(k_levels)) + "\n";
    // Prerequisites: consent for the consent channels it uses, plus some data and tools.
    std::vector<std::string> consent;
    for (const auto& c : channels)
        for (int i = 0; i < k_consent_channels; ++i)
            if (c == k_channels[static_cast<std::size_t>(i)])
                consent.push_back(c);
    std::string requires_text;
    if (!consent.empty())
        requires_text += "      consent: " + flow_list(consent) + "\n";
    if (rng.chance(50))
        requires_text += "      data: " + flow_list(distinct(rng, k_data, rng.range(1, 2))) + "\n";
    if (rng.chance(50))
        requires_text +=
            "      tooling: " + flow_list(distinct(rng, k_tooling, rng.range(1, 2))) + "\n";
    if (rng.chance(25))
        requires_text += "      budget: " + std::string(rng.pick(k_levels)) + "\n";
    if (rng.chance(20))
        requires_text += "      maturity: " + std::string(rng.pick(k_maturity)) + "\n";
    if (rng.chance(10))
        requires_text += std::string("      audience: ") + (rng.chance(50) ? "b2b" : "b2c") + "\n";
    if (!requires_text.empty())
        t += "    requires:\n" + requires_text;
    if (rng.chance(70))
        t += "    trigger: " + std::string(rng.pick(k_time)) + "\n";
    t += "    steps:\n";
    const int steps = rng.range(2, 5);
    int day = rng.range(0, 2);
    for (int s = 0; s < steps; ++s) {
        t += "      - {day: " + std::to_string(day);
        if (rng.chance(80))
            t += ", channel: " + channels[static_cast<std::size_t>(
                                     rng.range(0, static_cast<int>(channels.size()) - 1))];
        if (rng.chance(30))
            t += ", condition: \"if " + phrase(rng, 4, 9) + "\"";
        t += ", action: \"" + capitalised(std::string(rng.pick(k_verbs))) + " " +
             phrase(rng, 5, 14) + "\"}\n";
        day += rng.range(0, 21);
    }
    if (!kpis.empty())
        t += "    kpis: " + flow_list(kpis) + "\n";
}

std::string facts_text(Rng& rng) {
    switch (rng.range(0, 6)) {
    case 0:
        return std::string("{consent: {") +
               std::string(
                   k_channels[static_cast<std::size_t>(rng.range(0, k_consent_channels - 1))]) +
               (rng.chance(60) ? ": held}}" : ": none}}");
    case 1:
        return "{budget: " + std::string(rng.pick(k_levels)) + "}";
    case 2:
        return "{maturity: " + std::string(rng.pick(k_maturity)) + "}";
    case 3:
        return "{data: {" + std::string(rng.pick(k_data)) +
               (rng.chance(60) ? ": true}}" : ": false}}");
    case 4:
        return "{tooling: {" + std::string(rng.pick(k_tooling)) +
               (rng.chance(60) ? ": true}}" : ": false}}");
    case 5:
        return "{channels: {" + std::string(rng.pick(k_channels)) +
               (rng.chance(70) ? ": true}}" : ": false}}");
    default:
        return std::string("{audience: ") + (rng.chance(50) ? "b2b" : "b2c") + "}";
    }
}

std::string weight_text(Rng& rng, const std::string& strategy, int points) {
    return "{strategy: " + strategy + ", points: " + std::to_string(points) + ", reason: \"" +
           phrase(rng, 4, 12) + "\"}";
}

int nonzero_points(Rng& rng) {
    const int p = rng.range(-4, 5);
    return p <= 0 ? p - 1 : p; // -5..-1, 1..5
}

// ----------------------------------------------------------------------------- files mode

/// One goal with its decision tree, its strategies, their tactics and KPIs.
void add_goal_bundle(Roadmap& r, Rng& rng, int bundle, int& kpi_counter,
                     std::vector<std::string>& all_tactics) {
    const GoalWord& gw = k_goals[static_cast<std::size_t>(bundle) % k_goals.size()];
    const int round = bundle / static_cast<int>(k_goals.size());
    const std::string suffix = round == 0 ? "" : "-" + std::to_string(round + 1);
    const std::string goal = std::string(gw.id) + suffix;
    std::string gslug; // goal id with `_` for use inside other ids
    for (const char c : goal)
        gslug += c == '-' ? '_' : c;

    // KPIs of this goal; the first ones cite sources in turn so every source is cited.
    const int nkpis = rng.range(3, 6);
    std::vector<std::string> kpis;
    for (int i = 0; i < nkpis; ++i) {
        const std::string id =
            gslug + "_" + std::string(rng.pick(k_nouns)) + "_kpi_" + std::to_string(++kpi_counter);
        std::string source;
        if (!r.source_ids.empty() && (i < 2 || rng.chance(40)))
            source = r.source_ids[static_cast<std::size_t>(kpi_counter) % r.source_ids.size()];
        add_kpi(r, rng, id, source);
        kpis.push_back(id);
    }

    // Strategies and their tactics; every KPI is named by some strategy.
    const int nstrats = rng.range(3, 6);
    std::vector<std::string> strats;
    for (int s = 0; s < nstrats; ++s) {
        const std::string id = gslug + "_" + std::string(rng.pick(k_verbs)).substr(0, 6) + "_" +
                               std::string(rng.pick(k_nouns)) + "_" + std::to_string(s + 1);
        std::string sid;
        for (const char c : id)
            sid += c == ' ' ? '_' : c;
        strats.push_back(sid);
        std::vector<std::string> tactics;
        const int ntactics = rng.range(1, 3);
        for (int t = 0; t < ntactics; ++t) {
            if (!all_tactics.empty() && rng.chance(30)) { // share an earlier tactic
                const auto& shared = all_tactics[static_cast<std::size_t>(
                    rng.range(0, static_cast<int>(all_tactics.size()) - 1))];
                bool dup = false;
                for (const auto& x : tactics)
                    dup = dup || x == shared;
                if (!dup) {
                    tactics.push_back(shared);
                    continue;
                }
            }
            const std::string tid = sid + "_t" + std::to_string(t + 1);
            std::vector<std::string> tkpis;
            if (rng.chance(50))
                tkpis.push_back(kpis[static_cast<std::size_t>(rng.range(0, nkpis - 1))]);
            add_tactic(r, rng, tid, tkpis);
            all_tactics.push_back(tid);
            tactics.push_back(tid);
        }
        std::vector<std::string> skpis;
        skpis.push_back(kpis[static_cast<std::size_t>(s % nkpis)]);
        for (int k = s + nstrats; k < nkpis; k += nstrats)
            skpis.push_back(kpis[static_cast<std::size_t>(k)]);
        if (rng.chance(50)) {
            const auto& extra = kpis[static_cast<std::size_t>(rng.range(0, nkpis - 1))];
            bool dup = false;
            for (const auto& x : skpis)
                dup = dup || x == extra;
            if (!dup)
                skpis.push_back(extra);
        }
        std::string& st = r.strategies;
        st += "  - id: " + sid + "\n";
        st += "    name: " + capitalised(std::string(rng.pick(k_verbs))) + " " +
              std::string(rng.pick(k_adjs)) + " " + std::string(rng.pick(k_nouns)) + "s\n";
        st += "    description: " + sentence(rng, 14, 30) + "\n";
        st += "    goals: [" + goal + "]\n";
        st += "    tactics: " + flow_list(tactics) + "\n";
        st += "    kpis: " + flow_list(skpis) + "\n";
    }

    // The decision tree: `depth` levels of 1-2 questions; each option of level L leads to a
    // question of level L+1 (options 0 and 1 reach both questions of the next level).
    const int depth = rng.range(3, 6);
    std::vector<std::vector<std::string>> levels;
    for (int l = 0; l < depth; ++l) {
        const int n = l == 0 ? 1 : rng.range(1, 2);
        std::vector<std::string> ids;
        for (int q = 0; q < n; ++q)
            ids.push_back(gslug + "_" + std::string(rng.pick(k_nouns)) + "_q" +
                          std::to_string(l + 1) + std::string(1, static_cast<char>('a' + q)));
        levels.push_back(std::move(ids));
    }
    int option_counter = 0;
    for (int l = 0; l < depth; ++l) {
        for (const auto& qid : levels[static_cast<std::size_t>(l)]) {
            std::string& q = r.questions;
            const int nopts = rng.range(2, 4);
            const int def = rng.range(0, nopts - 1);
            q += "  - id: " + qid + "\n";
            q += "    text: " + capitalised(phrase(rng, 6, 14)) + "?\n";
            q += "    help: " + sentence(rng, 8, 20) + " " + sentence(rng, 6, 14) + "\n";
            q += "    default: opt" + std::to_string(def + 1) + "\n";
            q += "    options:\n";
            for (int o = 0; o < nopts; ++o) {
                q += "      - id: opt" + std::to_string(o + 1) + "\n";
                q += "        label: " + capitalised(phrase(rng, 3, 8)) + "\n";
                if (l + 1 < depth) {
                    const auto& next = levels[static_cast<std::size_t>(l + 1)];
                    q += "        next: " + next[static_cast<std::size_t>(o) % next.size()] + "\n";
                }
                if (rng.chance(35))
                    q += "        facts: " + facts_text(rng) + "\n";
                q += "        weights:\n";
                // One positive weight in turn so every strategy gets points, then others.
                const int first = option_counter++ % nstrats;
                q += "          - " +
                     weight_text(rng, strats[static_cast<std::size_t>(first)], rng.range(1, 5)) +
                     "\n";
                const int more = rng.range(0, 2);
                for (int w = 0; w < more; ++w) {
                    const int s = (first + 1 + w) % nstrats;
                    if (s == first)
                        break;
                    q +=
                        "          - " +
                        weight_text(rng, strats[static_cast<std::size_t>(s)], nonzero_points(rng)) +
                        "\n";
                }
            }
        }
    }

    // The goal.
    std::string& g = r.goals;
    g += "  - id: " + goal + "\n";
    g += "    name: " + std::string(gw.name) + (round == 0 ? "" : " " + std::to_string(round + 1)) +
         "\n";
    g += "    description: " + sentence(rng, 10, 24) + "\n";
    std::vector<std::string> aliases;
    const int naliases = rng.range(1, 3);
    for (int a = 0; a < naliases; ++a)
        aliases.push_back(std::string(gw.aliases[a]) + suffix);
    g += "    aliases: " + flow_list(aliases) + "\n";
    g += "    start: " + levels[0][0] + "\n";
    g += "    primary_kpi: " + kpis[0] + "\n"; // strategy 1 measures it
}

int write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) {
        std::fprintf(stderr, "gen_corpus: cannot write %s\n", path.string().c_str());
        return 2;
    }
    return 0;
}

int files_mode(const std::filesystem::path& dir, int n, int size_kb) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        std::fprintf(stderr, "gen_corpus: cannot create %s: %s\n", dir.string().c_str(),
                     ec.message().c_str());
        return 2;
    }
    const std::size_t target = static_cast<std::size_t>(size_kb) * 1024;
    for (int i = 1; i <= n; ++i) {
        Rng rng(mix(0x5EED0001ULL, static_cast<std::uint64_t>(i)));
        char idbuf[32];
        std::snprintf(idbuf, sizeof idbuf, "bench-%04d", i);
        const std::string id = idbuf;
        Roadmap r;
        const std::string sector(rng.pick(k_sectors));
        add_header(r, rng, id, capitalised(sector) + " (synthetic " + std::to_string(i) + ")");
        add_sources(r, rng, rng.range(3, 8));
        int kpi_counter = 0;
        std::vector<std::string> all_tactics;
        std::size_t last = 0;
        for (int bundle = 0;; ++bundle) {
            const std::size_t before = r.size();
            add_goal_bundle(r, rng, bundle, kpi_counter, all_tactics);
            last = r.size() - before;
            if (r.size() + last / 2 >= target)
                break;
        }
        if (const int rc = write_file(dir / (id + ".yaml"), r.text()); rc != 0)
            return rc;
    }
    return 0;
}

// ----------------------------------------------------------------------------- tree mode

int tree_mode(const std::filesystem::path& file, int nodes) {
    Rng rng(mix(0x7EE00001ULL, static_cast<std::uint64_t>(nodes)));
    constexpr int nopts = 3; // a question and its options are 1 + 3 nodes
    const int nq = std::max(1, nodes / (1 + nopts));
    constexpr int nstrats = 20;
    const std::string id = "bench-tree-" + std::to_string(nodes);

    Roadmap r;
    add_header(r, rng, id, "Decision tree of " + std::to_string(nodes) + " nodes (synthetic)");
    add_sources(r, rng, 4);

    // KPIs and strategies, 2 tactics each.
    constexpr int nkpis = 10;
    std::vector<std::string> kpis;
    for (int k = 0; k < nkpis; ++k) {
        const std::string kid = "kpi_" + std::to_string(k + 1);
        add_kpi(r, rng, kid, k < 4 ? r.source_ids[static_cast<std::size_t>(k)] : std::string());
        kpis.push_back(kid);
    }
    std::vector<std::string> strats;
    for (int s = 0; s < nstrats; ++s) {
        const std::string sid = "s" + std::to_string(s + 1);
        strats.push_back(sid);
        std::vector<std::string> tactics;
        for (int t = 0; t < 2; ++t) {
            const std::string tid = sid + "_tactic_" + std::to_string(t + 1);
            add_tactic(r, rng, tid, {});
            tactics.push_back(tid);
        }
        std::string& st = r.strategies;
        st += "  - id: " + sid + "\n";
        st += "    name: " + capitalised(std::string(rng.pick(k_verbs))) + " " +
              std::string(rng.pick(k_adjs)) + " " + std::string(rng.pick(k_nouns)) + "s\n";
        st += "    description: " + sentence(rng, 10, 20) + "\n";
        st += "    goals: [retention]\n";
        st += "    tactics: " + flow_list(tactics) + "\n";
        st += "    kpis: " + flow_list({kpis[static_cast<std::size_t>(s % nkpis)]}) + "\n";
    }

    r.goals = "  - id: retention\n    name: Customer retention\n    description: " +
              sentence(rng, 10, 20) +
              "\n    aliases: [loyalty, churn]\n    start: q0\n    primary_kpi: " + kpis[0] + "\n";

    // Questions numbered like a binary heap: options 1 and 2 of question i lead to questions
    // 2i+1 and 2i+2 (so every question is reached), option 3 to a question of the next one
    // or two levels (so paths merge, as in real roadmaps). Every `next` points to a higher
    // number on a deeper level: no cycles, and the longest walk is about log2(questions).
    int weight_counter = 0;
    std::string& q = r.questions;
    q.reserve(static_cast<std::size_t>(nq) * 420);
    for (int i = 0; i < nq; ++i) {
        const long long child = 2LL * i + 1;
        q += "  - id: q" + std::to_string(i) + "\n";
        q += "    text: " + capitalised(phrase(rng, 4, 7)) + "?\n";
        q += "    help: " + sentence(rng, 4, 8) + "\n";
        q += "    default: a\n";
        q += "    options:\n";
        for (int o = 0; o < nopts; ++o) {
            q += "      - {id: ";
            q += static_cast<char>('a' + o);
            q += ", label: " + capitalised(phrase(rng, 2, 4));
            long long next = -1;
            if (o < 2) {
                next = child + o;
            } else if (child < nq) {
                const long long hi = std::min<long long>(nq - 1, 4LL * i + 6);
                next = child + static_cast<long long>(rng.next() %
                                                      static_cast<std::uint64_t>(hi - child + 1));
            }
            if (next >= 0 && next < nq)
                q += ", next: q" + std::to_string(next);
            if (rng.chance(10))
                q += ", facts: " + facts_text(rng);
            // Most answers weight one strategy, some two, some none (the first 20 weights
            // name each strategy once, so every strategy gets points).
            const int nweights = weight_counter < nstrats ? 1
                                 : rng.range(0, 9) < 3    ? 0
                                 : rng.range(0, 4) == 0   ? 2
                                                          : 1;
            if (nweights == 0) {
                q += "}\n";
                continue;
            }
            q += ", weights: [";
            int first = -1;
            for (int w = 0; w < nweights; ++w) {
                if (w > 0)
                    q += ", ";
                int s = weight_counter < nstrats ? weight_counter : rng.range(0, nstrats - 1);
                if (s == first)
                    s = (s + 1) % nstrats; // never the same strategy twice
                const int points = weight_counter < nstrats ? rng.range(1, 5) : nonzero_points(rng);
                ++weight_counter;
                first = s;
                q += "{strategy: " + strats[static_cast<std::size_t>(s)] +
                     ", points: " + std::to_string(points) + ", reason: \"" + phrase(rng, 3, 6) +
                     "\"}";
            }
            q += "]}\n";
        }
    }
    std::error_code ec;
    if (file.has_parent_path())
        std::filesystem::create_directories(file.parent_path(), ec);
    return write_file(file, r.text());
}

int usage() {
    std::fprintf(stderr, "usage: gen_corpus files DIR N SIZE_KB\n"
                         "       gen_corpus tree FILE NODES\n");
    return 2;
}

bool to_int(const char* s, int lo, int hi, int& out) {
    char* end = nullptr;
    const long v = std::strtol(s, &end, 10);
    if (end == s || *end != '\0' || v < lo || v > hi)
        return false;
    out = static_cast<int>(v);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2)
        return usage();
    const std::string_view mode = argv[1];
    if (mode == "files" && argc == 5) {
        int n = 0;
        int size_kb = 0;
        if (!to_int(argv[3], 1, 9999, n) || !to_int(argv[4], 1, 15000, size_kb))
            return usage();
        return files_mode(argv[2], n, size_kb);
    }
    if (mode == "tree" && argc == 4) {
        int nodes = 0;
        if (!to_int(argv[3], 8, 10000000, nodes))
            return usage();
        return tree_mode(argv[2], nodes);
    }
    return usage();
}
