#include "engine/campaign.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace strat::engine {

using namespace model;

namespace {

// What consent and data-protection rules ask per channel (EU ePrivacy Directive and GDPR,
// UK PECR): a checklist to confirm, not legal advice.
std::string channel_item(Channel c) {
    switch (c) {
    case Channel::email:
        return "Email marketing needs recorded opt-in consent per person (when, where, wording); "
               "the soft opt-in covers only details collected in a sale, for similar own "
               "products, with an opt-out at collection and in every message.";
    case Channel::sms:
        return "SMS marketing needs its own recorded opt-in, separate from email; the same soft "
               "opt-in limits apply; every message says how to stop.";
    case Channel::push:
        return "Push needs the device's opt-in; say what you will send before the system prompt "
               "and honour opt-outs in the app's settings.";
    case Channel::messaging:
        return "Messaging apps (e.g. WhatsApp) need an explicit opt-in for that app; follow the "
               "platform's business messaging policy.";
    case Channel::phone:
        return "Marketing calls: screen numbers against the national do-not-call register and "
               "keep your own suppression list; record consent where the law requires it.";
    case Channel::direct_mail:
        return "Post usually rests on legitimate interest: record it, honour objections and "
               "screen against mail preference (Robinson) lists.";
    case Channel::paid_social:
    case Channel::display:
    case Channel::paid_search:
    case Channel::affiliates:
        return "Retargeting and conversion tracking need cookie consent; uploading customer lists "
               "to ad platforms needs a lawful basis and a mention in the privacy notice.";
    case Channel::web:
    case Channel::in_app:
        return "Personalisation on site or in the app from tracked behaviour needs cookie or "
               "tracking consent where it reads or stores data on the device.";
    default:
        return {};
    }
}

std::vector<PrivacyItem> privacy_items(const std::vector<Channel>& channels) {
    std::vector<PrivacyItem> items;
    std::vector<std::string> seen;
    for (Channel c : channels) {
        std::string text = channel_item(c);
        if (text.empty() || std::find(seen.begin(), seen.end(), text) != seen.end())
            continue;
        seen.push_back(text);
        items.push_back({std::string(name(c)), std::move(text)});
    }
    items.push_back({"data", "Record the lawful basis for each use of personal data and name "
                             "these uses in the privacy notice."});
    items.push_back({"data", "Profiling (churn prediction, lead scoring, segmentation) is "
                             "named in the privacy notice; check whether it needs a data "
                             "protection impact assessment."});
    items.push_back({"data", "Suppress people who opted out or objected in every channel "
                             "before each send, and delete data you no longer need."});
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
        std::string state = it == plan.facts.consent.end() ? "not known" : "held for some contacts";
        items.push_back({std::string(name(c)),
                         fmt::format("Consent for {} is {}: send marketing on {} only to contacts "
                                     "with recorded consent (when, where, wording), and build or "
                                     "confirm consent first.",
                                     name(c), state, name(c))});
    }
    return items;
}

std::vector<LeadStage> lead_stages() {
    return {
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
}

} // namespace

std::vector<const RankedStrategy*> Campaign::chosen() const {
    std::vector<const RankedStrategy*> out;
    for (std::size_t i : plan->chosen)
        out.push_back(&plan->ranked[i]);
    return out;
}

Campaign make_campaign(const Plan& plan, std::optional<std::string> created,
                       std::string strat_version) {
    Campaign c;
    c.plan = &plan;
    c.name = fmt::format("{}: {}", plan.roadmap->name, plan.goal->name);
    c.created = std::move(created);
    // A 90-day plan with a pilot decision after 30 days (RACE's 90-day planning rhythm).
    c.reviews = {{30, "pilot go/no-go: keep, change or stop each tactic"},
                 {60, "mid-campaign review of KPIs against targets"},
                 {90, "close: results, lessons, next plan"}};
    auto add_channels = [&](const PlannedTactic& t) {
        for (Channel ch : t.channels)
            if (std::find(c.channels.begin(), c.channels.end(), ch) == c.channels.end())
                c.channels.push_back(ch);
    };
    for (const ConsentFirst& f : plan.consent_first)
        add_channels(f.tactic);
    for (const RankedStrategy* s : c.chosen())
        for (const PlannedTactic& t : s->tactics)
            add_channels(t);
    std::sort(c.channels.begin(), c.channels.end());
    // The goal's primary KPI leads when a chosen strategy measures it.
    for (const RankedStrategy* s : c.chosen())
        for (const Kpi* k : s->kpis)
            if (k->id == plan.goal->primary_kpi.id && c.kpis.empty())
                c.kpis.push_back(k);
    for (const RankedStrategy* s : c.chosen())
        for (const Kpi* k : s->kpis)
            if (std::find(c.kpis.begin(), c.kpis.end(), k) == c.kpis.end())
                c.kpis.push_back(k);
    c.privacy = consent_items(plan, c.channels);
    for (PrivacyItem& item : privacy_items(c.channels))
        c.privacy.push_back(std::move(item));
    bool b2b = plan.facts.audience ? *plan.facts.audience == Audience::b2b
                                   : plan.roadmap->audience == Reach::b2b;
    if (b2b)
        c.lead_stages = lead_stages();
    c.strat_version = std::move(strat_version);
    for (const SourceFile* f : plan.roadmap->chain)
        c.roadmaps.push_back({f->path(), f->sha256()});
    return c;
}

} // namespace strat::engine
