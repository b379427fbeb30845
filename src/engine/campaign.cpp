// Builds the campaign document from a plan: the one walk of the plan that every output
// format renders.

#include "engine/campaign.hpp"

#include "engine/market_rules.hpp"
#include "model/source_file.hpp"
#include "model/vocabulary_labels.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace strat::engine {

using namespace model;
using util::tr;

namespace {

/// What the market's own rules say about its law, as far as strat's generic items need it.
/// A market whose rules cite the GDPR (the EU's member states, the UK with the UK GDPR)
/// also has the ePrivacy rules on cookies, so strat's items may speak of a lawful basis,
/// legitimate interest, cookie consent and impact assessments there; elsewhere (the US,
/// Switzerland, a market a user defines without it) they say what to check instead of
/// naming a law the market may not have.
struct MarketLaw {
    bool gdpr = true; ///< no market at all: the items as strat has always written them
};

MarketLaw market_law(const Market* market) {
    if (!market)
        return {};
    bool gdpr = std::any_of(market->rules.begin(), market->rules.end(), [](const MarketRule& r) {
        return r.source.find("GDPR") != std::string::npos ||
               r.source.find("DSGVO") != std::string::npos;
    });
    return {gdpr};
}

// What strat adds to the market's rules for a channel: the practice a team needs beside
// the law. Where the market has a consent rule for the channel, that rule (with its source)
// says what the law asks, and only what it leaves out is added here; where it has none (or
// the roadmaps define no markets), the generic item says what to confirm.
std::string_view channel_item(Channel c, bool market_covers, const MarketLaw& law) {
    switch (c) {
    case Channel::email:
        return market_covers ? ""
                             : tr("Email marketing needs recorded opt-in consent per person (when, "
                                  "where, wording), unless your market's law makes an exception "
                                  "for your own customers; offer an opt-out when collecting the "
                                  "address and in every message.");
    case Channel::sms:
        return market_covers ? ""
                             : tr("SMS marketing needs its own recorded opt-in, separate from "
                                  "email; every message says how to stop.");
    case Channel::push:
        return tr("Push needs the device's opt-in; say what you will send before the system "
                  "prompt and honour opt-outs in the app's settings.");
    case Channel::messaging:
        return market_covers ? tr("Messaging apps (e.g. WhatsApp) also have the platform's "
                                  "business messaging policy to follow, with its own opt-in.")
                             : tr("Messaging apps (e.g. WhatsApp) need an explicit opt-in for "
                                  "that app; follow the platform's business messaging policy.");
    case Channel::phone:
        return market_covers ? ""
                             : tr("Marketing calls: check whether your market's law asks for "
                                  "prior consent or only that the person has not objected, and "
                                  "keep your own suppression list.");
    case Channel::direct_mail:
        return law.gdpr ? tr("Post usually rests on legitimate interest: record it, honour "
                             "objections and screen against mail preference (Robinson) lists.")
                        : tr("Post: honour requests to stop and screen against mail preference "
                             "lists where your market has them.");
    case Channel::paid_social:
    case Channel::display:
    case Channel::paid_search:
    case Channel::affiliates:
        if (!law.gdpr)
            return market_covers
                       ? tr("Name the upload of customer lists to ad platforms in the privacy "
                            "notice.")
                       : tr("Check what your market's law asks of retargeting and conversion "
                            "tracking; name the upload of customer lists to ad platforms in "
                            "the privacy notice.");
        return market_covers ? tr("Uploading customer lists to ad platforms needs a lawful basis "
                                  "and a mention in the privacy notice.")
                             : tr("Retargeting and conversion tracking need cookie consent; "
                                  "uploading customer lists to ad platforms needs a lawful "
                                  "basis and a mention in the privacy notice.");
    case Channel::web:
    case Channel::in_app:
        if (market_covers)
            return "";
        return law.gdpr ? tr("Personalisation on site or in the app from tracked behaviour "
                             "needs cookie or tracking consent where it reads or stores data "
                             "on the device.")
                        : tr("Personalisation on site or in the app from tracked behaviour: "
                             "check what your market's law asks of tracking.");
    default:
        return {};
    }
}

/// Whether one of the market's rules on the checklist says what a marketing contact on `c`
/// needs.
bool covered(const std::vector<MarketCheck>& checks, Channel c) {
    return std::any_of(checks.begin(), checks.end(), [&](const MarketCheck& check) {
        const MarketRule& r = *check.rule;
        return r.topic == RuleTopic::consent &&
               std::find(r.channels.begin(), r.channels.end(), c) != r.channels.end();
    });
}

/// The market's rules for the channels used, then strat's own items for each channel and
/// for personal data in general.
std::vector<PrivacyItem> privacy_items(const Plan& plan, const std::vector<Channel>& channels) {
    std::vector<PrivacyItem> items;
    std::vector<MarketCheck> checks = market_checklist(plan, channels);
    for (MarketCheck& c : checks)
        items.push_back(
            {std::move(c.topic), std::move(c.text), false, std::move(c.source), std::move(c.url)});
    MarketLaw law = market_law(plan.market);
    std::vector<std::string_view> seen;
    for (Channel c : channels) {
        std::string_view text = channel_item(c, covered(checks, c), law);
        if (text.empty() || std::find(seen.begin(), seen.end(), text) != seen.end())
            continue;
        seen.push_back(text);
        items.push_back({std::string(name(c)), std::string(text)});
    }
    items.push_back({"data", std::string(law.gdpr ? tr("Record the lawful basis for each use of "
                                                       "personal data and name these uses in "
                                                       "the privacy notice.")
                                                  : tr("Name each use of personal data in the "
                                                       "privacy notice."))});
    items.push_back({"data", std::string(law.gdpr ? tr("Profiling (churn prediction, lead scoring, "
                                                       "segmentation) is named in the privacy "
                                                       "notice; check whether it needs a data "
                                                       "protection impact assessment.")
                                                  : tr("Profiling (churn prediction, lead scoring, "
                                                       "segmentation) is named in the privacy "
                                                       "notice."))});
    items.push_back({"data", std::string(tr("Suppress people who opted out or objected in every "
                                            "channel before each send, and delete data you no "
                                            "longer need."))});
    return items;
}

/// For each consent channel the plan uses whose consent is partial or unknown: send only to
/// contacts with a record, and build consent first.
std::vector<PrivacyItem> consent_items(const Plan& plan, const std::vector<Channel>& used) {
    std::vector<PrivacyItem> items;
    for (Channel c : used) {
        if (!needs_consent(c))
            continue;
        auto it = plan.facts.consent.find(c);
        if (it != plan.facts.consent.end() && it->second != Consent::partial)
            continue;
        std::string_view state =
            it == plan.facts.consent.end() ? tr("not known") : tr("held for some contacts");
        std::string_view channel = spoken_name(c, util::language());
        items.push_back(
            {std::string(name(c)),
             fmt::format(fmt::runtime(tr("Consent for {} is {}: send marketing on {} only to "
                                         "contacts with recorded consent (when, where, wording), "
                                         "and build or confirm consent first.")),
                         channel, state, channel)});
    }
    return items;
}

std::vector<LeadStage> lead_stages() {
    struct Stage {
        const char *id, *name, *owner, *agree;
    };
    static constexpr Stage stages[] = {
        {"inquiry", "Inquiry", "marketing",
         "which responses count (form fill, event scan, content download)"},
        {"mql", "Marketing qualified lead (MQL)", "marketing",
         "fit and engagement criteria, e.g. lead score threshold, agreed with sales"},
        {"sal", "Sales accepted lead (SAL)", "sales",
         "what sales checks before accepting, and the time to accept or reject"},
        {"sql", "Sales qualified lead (SQL)", "sales",
         "need, budget, authority and timing confirmed in a conversation"},
        {"won", "Closed won", "sales", "signed order"},
    };
    std::vector<LeadStage> out;
    for (const Stage& s : stages)
        out.push_back({s.id,
                       std::string(tr(s.name)),
                       s.owner,
                       {std::string(tr(s.agree)), {}},
                       {std::string(tr("time to act on a lead at this stage")), {}}});
    return out;
}

/// A value to fill in, with its hint in the run's language.
FillIn fill(std::string_view hint) {
    return {std::string(tr(hint)), std::nullopt};
}

std::vector<AnsweredQuestion> answered(const Plan& plan) {
    std::vector<AnsweredQuestion> out;
    for (const Answer& a : plan.answers)
        out.push_back(
            {a.question->id, a.question->text, a.option->id, a.option->label, a.source, a.origin});
    return out;
}

StrategyEntry strategy_entry(const Plan& plan, std::size_t i) {
    const RankedStrategy& r = plan.ranked[i];
    StrategyEntry s;
    s.rank = static_cast<int>(i) + 1;
    s.id = r.strategy->id;
    s.name = r.strategy->name;
    s.description = r.strategy->description;
    s.score = r.score;
    s.chosen = plan.is_chosen(i);
    s.feasible = r.feasible();
    for (const Reason& reason : r.reasons)
        s.reasons.push_back({reason.points, reason.text, reason.question->id, reason.option->id});
    s.not_counted = r.ignored;
    if (s.chosen)
        for (const Tactic* t : r.shared)
            s.shares.push_back({t->id, t->name});
    return s;
}

/// Channels in channel order, each once, in the run's words: "email, SMS".
std::string channel_words(std::vector<Channel> channels) {
    std::sort(channels.begin(), channels.end());
    channels.erase(std::unique(channels.begin(), channels.end()), channels.end());
    std::string out;
    for (Channel c : channels)
        out += (out.empty() ? "" : ", ") + std::string(spoken_name(c, util::language()));
    return out;
}

/// The RACI roles to fill in. Data protection is suggested as a role to consult where the
/// tactic collects consent or markets on a channel that needs it: whoever answers for
/// the consent records should see those steps before they run.
void add_roles(TacticEntry& e, const PlannedTactic& t) {
    e.owner = fill("who runs this tactic (responsible)");
    e.approver = fill("who signs it off and answers for it (accountable)");
    e.informed = fill("who is kept up to date on it (informed)");
    std::vector<Channel> collects = t.tactic->collects;
    collects.insert(collects.end(), e.builds_consent_for.begin(), e.builds_consent_for.end());
    std::vector<Channel> marketing;
    for (const PlannedStep& p : t.steps)
        if (p.step->channel && p.step->kind == StepKind::marketing &&
            needs_consent(*p.step->channel))
            marketing.push_back(*p.step->channel);
    e.consult_data_protection = !collects.empty() || !marketing.empty();
    if (!collects.empty())
        e.contributors.hint =
            fmt::format(fmt::runtime(tr("who is consulted before it runs (consulted); suggested: "
                                        "data protection, since it collects consent for {}")),
                        channel_words(collects));
    else if (!marketing.empty())
        e.contributors.hint =
            fmt::format(fmt::runtime(tr("who is consulted before it runs (consulted); suggested: "
                                        "data protection, since it sends marketing by {}")),
                        channel_words(marketing));
    else
        e.contributors = fill("who is consulted before it runs (consulted)");
}

/// One tactic: of a chosen strategy (`strategy`), or planned first to build consent for
/// `builds_consent_for`.
TacticEntry tactic_entry(const PlannedTactic& t, std::string strategy,
                         std::vector<Channel> builds_consent_for) {
    TacticEntry e;
    e.id = t.tactic->id;
    e.strategy = std::move(strategy);
    e.builds_consent_for = std::move(builds_consent_for);
    e.name = t.tactic->name;
    e.description = t.tactic->description;
    e.channels = t.channels;
    e.effort = t.tactic->effort;
    e.cost = t.tactic->cost;
    add_roles(e, t);
    e.trigger = t.tactic->trigger;
    for (const UnsettledRequirement& r : t.unsettled)
        e.unsettled.push_back(r.text);
    for (const PlannedStep& p : t.steps) {
        const Step& s = *p.step;
        e.steps.push_back({s.day, s.channel, s.kind, s.action, s.condition, p.consent_gate});
    }
    e.removed_steps = t.removed_steps;
    for (const Risk& r : t.tactic->risks)
        e.risks.push_back({r.risk, r.mitigation});
    for (const Ref& k : t.tactic->kpis)
        e.kpis.push_back(k.id);
    for (const Ref& k : t.tactic->watches)
        e.watches.push_back(k.id);
    e.phases.audience_share = fill("share of the audience in the pilot, e.g. 10%");
    e.phases.control_group = fill("hold-out share that gets nothing, to measure uplift");
    e.phases.criterion = fill("the KPI result that decides, e.g. click rate above baseline");
    e.phases.scale_plan = fill("what changes when the tactic scales");
    return e;
}

/// The chosen strategies' KPIs, each once; the goal's primary KPI leads when a chosen
/// strategy measures it.
std::vector<const Kpi*> chosen_kpis(const Plan& plan) {
    std::vector<const Kpi*> kpis;
    for (std::size_t i : plan.chosen)
        for (const Kpi* k : plan.ranked[i].kpis)
            if (k->id == plan.goal->primary_kpi.id && kpis.empty())
                kpis.push_back(k);
    for (std::size_t i : plan.chosen)
        for (const Kpi* k : plan.ranked[i].kpis)
            if (std::find(kpis.begin(), kpis.end(), k) == kpis.end())
                kpis.push_back(k);
    return kpis;
}

KpiEntry kpi_entry(const Kpi& k, const Index& index, bool primary, std::string_view market) {
    KpiEntry e;
    e.kpi = &k;
    e.primary = primary;
    e.benchmark = benchmark_for(k, market);
    e.cited = e.benchmark ? index.source(e.benchmark->source.id) : nullptr;
    e.general_cited = k.benchmark ? index.source(k.benchmark->source.id) : nullptr;
    e.baseline = fill("your current value, measured before the campaign starts");
    if (k.target && k.target->rule == TargetRule::benchmark && e.benchmark)
        e.target.value = e.benchmark->value;
    else if (k.target)
        e.target = fill("once the baseline is known");
    else
        e.target = fill("your target; compare with the benchmark");
    return e;
}

/// Each tactic's test from its main channel and, of its KPIs, the one the campaign puts
/// first (the primary KPI, then the objective's): an outcome both groups have, rather than a
/// rate of the tactic's own messages that a hold-out never receives. A KPI it only watches
/// comes after those it moves. Its control group and decision rule fill the phases as
/// suggestions.
void add_tests(CampaignDocument& d) {
    for (TacticEntry& t : d.tactics) {
        TestInput in{t.name,  t.channels,          nullptr,
                     d.b2b(), t.phases.after_days, !t.builds_consent_for.empty()};
        for (const StepEntry& s : t.steps)
            in.steps.push_back({s.channel, s.kind});
        auto has = [](const std::vector<std::string>& ids, const std::string& id) {
            return std::find(ids.begin(), ids.end(), id) != ids.end();
        };
        for (bool watched : {false, true}) {
            for (const KpiEntry& e : d.kpis)
                if (has(t.kpis, e.kpi->id) && has(t.watches, e.kpi->id) == watched) {
                    in.kpi = e.kpi;
                    in.benchmark = e.benchmark;
                    in.watches_kpi = watched;
                    break;
                }
            if (in.kpi)
                break;
        }
        Hypothesis h = make_hypothesis(in);
        t.test = h.design;
        t.test_kpi = h.kpi;
        t.hypothesis = fill("what the tactic should change, on which KPI and by how much");
        if (!h.statement.empty())
            t.hypothesis = {t.hypothesis.hint, h.statement, true};
        t.phases.control_group = {t.phases.control_group.hint, h.control, true};
        if (h.everyone) {
            t.phases.whole_audience = true;
            t.phases.audience_share = {t.phases.audience_share.hint, "100%", true};
        }
        if (!h.criterion.empty())
            t.phases.criterion = {t.phases.criterion.hint, h.criterion, true};
    }
}

/// The KPIs' cited sources in roadmap order (the order of the resolved roadmap's list).
std::vector<const Source*> cited_sources(const Roadmap& roadmap,
                                         const std::vector<KpiEntry>& kpis) {
    std::vector<const Source*> out;
    for (const Source& s : roadmap.sources)
        for (const KpiEntry& k : kpis)
            if (k.cited == &s) {
                out.push_back(&s);
                break;
            }
    return out;
}

/// Channels used by the consent-first tactics and the chosen strategies', in channel order.
std::vector<Channel> used_channels(const std::vector<TacticEntry>& tactics) {
    std::vector<Channel> channels;
    for (const TacticEntry& t : tactics)
        for (Channel ch : t.channels)
            if (std::find(channels.begin(), channels.end(), ch) == channels.end())
                channels.push_back(ch);
    std::sort(channels.begin(), channels.end());
    return channels;
}

void add_header(CampaignDocument& d, const Plan& plan, std::optional<std::string> created) {
    d.name = fmt::format("{}: {}", plan.roadmap->name, plan.goal->name);
    if (plan.market)
        d.market = MarketName{plan.market->id, plan.market->name};
    d.owner = fill("the person accountable for the campaign");
    d.created = fill("YYYY-MM-DD (or run strat plan with --date)");
    d.created.value = std::move(created);
    d.start = fill("YYYY-MM-DD");
    d.end = fill("YYYY-MM-DD");
    // A 90-day plan with a pilot decision after 30 days (RACE's 90-day planning rhythm).
    d.reviews = {
        {30, std::string(tr("pilot go/no-go: keep, change or stop each tactic")),
         fill("start + 30 days")},
        {60, std::string(tr("mid-campaign review of KPIs against targets")),
         fill("start + 60 days")},
        {90, std::string(tr("close: results, lessons, next plan")), fill("start + 90 days")}};
    d.industry_id = plan.roadmap->id;
    d.industry_name = plan.roadmap->name;
    d.goal_id = plan.goal->id;
    d.goal_name = plan.goal->name;
    d.goal_description = plan.goal->description;
    d.objective = fill("one measurable sentence: what changes, by how much, by when");
    d.segments = fill("who the campaign targets, by lifecycle stage");
    d.audience_size = fill("number of people reachable");
    d.data_source = fill("where the audience comes from (CRM, booking system, ...)");
    d.message = fill("the core message, offer and call to action");
}

void add_strategies_and_tactics(CampaignDocument& d, const Plan& plan) {
    for (std::size_t i = 0; i < plan.ranked.size(); ++i)
        d.strategies.push_back(strategy_entry(plan, i));
    d.chosen = plan.chosen;
    for (const ConsentFirst& f : plan.consent_first)
        d.tactics.push_back(tactic_entry(f.tactic, {}, f.channels));
    for (std::size_t i : plan.chosen) {
        const RankedStrategy& s = plan.ranked[i];
        for (const PlannedTactic& t : s.tactics)
            d.tactics.push_back(tactic_entry(t, s.strategy->id, {}));
    }
    for (std::size_t i : plan.chosen) {
        const RankedStrategy& s = plan.ranked[i];
        for (const DroppedTactic& t : s.dropped)
            d.dropped_tactics.push_back({t.tactic->id, t.tactic->name, s.strategy->id, t.reason});
    }
}

void add_checklists(CampaignDocument& d, const Plan& plan, const std::vector<Channel>& channels) {
    d.budget_total = fill("amount for the whole campaign");
    d.currency = fill("e.g. EUR");
    for (Channel ch : channels)
        d.budget_by_channel.push_back({ch, fill("amount")});
    d.privacy = consent_items(plan, channels);
    for (PrivacyItem& item : privacy_items(plan, channels))
        d.privacy.push_back(std::move(item));
    bool b2b = plan.facts.audience ? *plan.facts.audience == Audience::b2b
                                   : plan.roadmap->audience == Reach::b2b;
    if (!b2b)
        return;
    d.lead_stages = lead_stages();
    d.lead_feedback =
        LeadFeedback{fill("how often sales and marketing review lead quality together"),
                     std::string(tr("sales records a reason for every lead it rejects or "
                                    "sends back"))};
}

} // namespace

std::vector<const StrategyEntry*> CampaignDocument::chosen_strategies() const {
    std::vector<const StrategyEntry*> out;
    for (std::size_t i : chosen)
        out.push_back(&strategies[i]);
    return out;
}

bool CampaignDocument::any_constraint() const {
    const model::Facts& f = constraints;
    return !f.consent.empty() || !f.channels.empty() || !f.data.empty() || !f.tooling.empty() ||
           f.budget || f.maturity || f.audience;
}

CampaignDocument make_campaign_document(const Plan& plan, std::optional<std::string> created,
                                        std::string strat_version,
                                        const CalendarOptions& calendar) {
    CampaignDocument d;
    add_header(d, plan, std::move(created));
    d.answers = answered(plan);
    d.constraints = plan.facts;
    add_strategies_and_tactics(d, plan);
    Index index(*plan.roadmap);
    std::vector<const Kpi*> kpis = chosen_kpis(plan);
    for (const Kpi* k : kpis)
        d.kpis.push_back(
            kpi_entry(*k, index, k == kpis.front(), plan.market ? plan.market->id : ""));
    if (!kpis.empty())
        d.primary_kpi = kpis.front()->id;
    d.sources = cited_sources(*plan.roadmap, d.kpis);
    add_checklists(d, plan, used_channels(d.tactics));
    add_tests(d); // after the lead stages: a B2B plan holds out accounts
    d.assumptions = plan_assumptions(plan, d);
    if (plan.roadmap->budget) // shares until `strat plan --budget-amount` gives an amount
        plan_budget(d, *plan.roadmap->budget);
    add_calendar(d, calendar);
    d.strat_version = std::move(strat_version);
    for (const SourceFile* f : plan.roadmap->chain)
        d.roadmaps.push_back({f->path(), f->sha256()});
    return d;
}

} // namespace strat::engine
