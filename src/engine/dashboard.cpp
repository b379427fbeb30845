#include "engine/dashboard.hpp"

#include "util/locale.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <numeric>

namespace strat::engine {

using namespace model;

std::string_view health_name(Health health) {
    switch (health) {
    case Health::on_track:
        return "on-track";
    case Health::at_risk:
        return "at-risk";
    case Health::needs_attention:
        return "needs-attention";
    case Health::no_data:
        return "no-data";
    }
    return "";
}

namespace {

/// `english` in the run's language, its placeholders filled in.
template <typename... Args> std::string say(std::string_view english, const Args&... args) {
    return fmt::format(fmt::runtime(util::tr(english)), args...);
}

/// The longest cadence period in days: the window of readings review can still judge on.
int window_days(const CampaignKpi& kpi, const CampaignRecord& campaign) {
    if (!kpi.cadence || !campaign.start)
        return 0;
    switch (*kpi.cadence) {
    case Cadence::weekly:
        return 7;
    case Cadence::monthly:
        return 31;
    case Cadence::quarterly:
        return 92;
    }
    return 0;
}

std::string kpi_label(const CampaignKpi& kpi) {
    return kpi.name.empty() ? kpi.id : fmt::format("{} ({})", kpi.name, kpi.id);
}

/// The date review judges the KPI at (strat(1), cadence rule): its last due date on or
/// before the dashboard date, or that date itself; none without a date (every reading
/// counts).
std::optional<long long> judged_at(const CampaignKpi& kpi, const CampaignRecord& campaign,
                                   const std::optional<Day>& as_of) {
    if (!as_of)
        return std::nullopt;
    if (kpi.cadence && campaign.start)
        if (std::optional<Day> due =
                due_dates(*kpi.cadence, *campaign.start, campaign.end, *as_of).last_due)
            return due->days;
    return as_of->days;
}

/// Worse health first: needs attention, at risk, on track, no data.
int rank(Health h) {
    switch (h) {
    case Health::needs_attention:
        return 3;
    case Health::at_risk:
        return 2;
    case Health::on_track:
        return 1;
    case Health::no_data:
        return 0;
    }
    return 0;
}

Health worse(Health a, Health b) {
    return rank(a) >= rank(b) ? a : b;
}

Health kpi_health(KpiStatus status) {
    switch (status) {
    case KpiStatus::off_track:
        return Health::needs_attention;
    case KpiStatus::at_risk:
        return Health::at_risk;
    case KpiStatus::on_track:
        return Health::on_track;
    default:
        return Health::no_data;
    }
}

/// An active tactic is unmeasured when none of the KPIs it moves that have a due period
/// has an actual from that period's first day on. A KPI whose period began before the
/// tactic became active does not count against it.
void check_measured(DashboardTactic& t, const DashboardCampaign& c) {
    const load::CampaignTactic& source = *t.source;
    if (source.state != load::TacticState::active)
        return;
    std::vector<std::string> missing;
    bool judged = false;
    for (std::size_t k : t.kpis) {
        const KpiReview& r = c.review.kpis[k];
        if (!r.due.period_start || (source.since && source.since->days > r.due.period_start->days))
            continue;
        judged = true;
        const std::optional<Day>& last = c.kpis[k].last_reading;
        if (last && last->days >= r.due.period_start->days)
            return;
        missing.push_back(
            say("{} since {}", r.kpi->id, util::date(r.due.period_start->text, util::language())));
    }
    if (!judged)
        return;
    t.unmeasured = true;
    t.why = say("active, but no actual for {}", fmt::join(missing, util::tr(" or ")));
}

void build_tree(DashboardCampaign& c, const DashboardSource& source) {
    const Index& index = *source.index;
    const CampaignRecord& campaign = *source.campaign;
    for (const load::CampaignTactic& t : *source.tactics) {
        DashboardTactic dt;
        dt.source = &t;
        dt.tactic = index.tactic(t.id);
        for (std::size_t k = 0; k < campaign.kpis.size() && dt.tactic && c.goal; ++k)
            if (tactic_moves(index, *c.goal, *dt.tactic, campaign.kpis[k].id))
                dt.kpis.push_back(k);
        c.tactics.push_back(std::move(dt));
    }
    for (DashboardTactic& t : c.tactics)
        check_measured(t, c);

    // The chosen strategies by recorded rank, then any other a tactic names.
    auto add_strategy = [&](const std::string& id, bool chosen) {
        for (const DashboardStrategy& s : c.strategies)
            if (s.id == id)
                return;
        const Strategy* s = index.strategy(id);
        c.strategies.push_back({id, s ? s->name : id, chosen, {}, {}, Health::no_data, {}});
    };
    for (const RecordedStrategy& s : campaign.strategies)
        if (s.chosen)
            add_strategy(s.id, true);
    for (const DashboardTactic& t : c.tactics)
        if (!t.source->strategy.empty())
            add_strategy(t.source->strategy, false);

    std::vector<bool> owned(campaign.kpis.size(), false);
    for (std::size_t si = 0; si < c.strategies.size(); ++si) {
        DashboardStrategy& s = c.strategies[si];
        const Strategy* roadmap_strategy = index.strategy(s.id);
        std::vector<bool> owns(campaign.kpis.size(), false);
        for (std::size_t k = 0; k < campaign.kpis.size() && roadmap_strategy; ++k)
            for (const Ref& ref : roadmap_strategy->kpis)
                owns[k] = owns[k] || ref.id == campaign.kpis[k].id;
        for (std::size_t ti = 0; ti < c.tactics.size(); ++ti) {
            if (c.tactics[ti].source->strategy != s.id)
                continue;
            s.tactics.push_back(ti);
            for (std::size_t k : c.tactics[ti].kpis)
                owns[k] = true;
        }
        for (std::size_t k = 0; k < owns.size(); ++k)
            if (owns[k]) {
                s.kpis.push_back(k);
                c.kpis[k].strategies.push_back(si);
                owned[k] = true;
            }
    }
    for (std::size_t k = 0; k < owned.size(); ++k)
        if (!owned[k])
            c.goal_kpis.push_back(k);
    for (std::size_t ti = 0; ti < c.tactics.size(); ++ti)
        if (c.tactics[ti].source->strategy.empty())
            c.first_tactics.push_back(ti);
}

/// A strategy needs attention when a KPI it owns is off track or one of its active
/// tactics goes unmeasured; it is at risk when a KPI it owns is at risk; on track when
/// neither and a KPI it owns is on track.
void roll_up(DashboardCampaign& c) {
    for (DashboardStrategy& s : c.strategies) {
        for (std::size_t k : s.kpis) {
            const KpiReview& r = c.review.kpis[k];
            s.health = worse(s.health, kpi_health(r.status));
            if (r.status == KpiStatus::off_track || r.status == KpiStatus::at_risk)
                s.attention.push_back(
                    say("{} is {}", kpi_label(*r.kpi), util::tr(status_name(r.status))));
        }
        for (std::size_t t : s.tactics)
            if (c.tactics[t].unmeasured) {
                s.health = Health::needs_attention;
                s.attention.push_back(
                    say("tactic {} is {}", c.tactics[t].source->id, c.tactics[t].why));
            }
        c.health = worse(c.health, s.health);
    }
    for (std::size_t k : c.goal_kpis)
        c.health = worse(c.health, kpi_health(c.review.kpis[k].status));
    for (std::size_t t : c.first_tactics)
        if (c.tactics[t].unmeasured)
            c.health = Health::needs_attention;
}

} // namespace

DashboardBuilder::DashboardBuilder(std::vector<DashboardSource> sources, std::optional<Day> as_of,
                                   std::optional<Day> since)
    : sources_(std::move(sources)), as_of_(std::move(as_of)), since_(std::move(since)) {
    for (const DashboardSource& s : sources_) {
        by_key_.emplace(s.key, keys_.size());
        keys_.push_back(s.key);
        const CampaignRecord& c = *s.campaign;
        std::vector<std::string> ids;
        std::vector<KpiActuals> kpis;
        std::optional<long long> end;
        if (c.start && c.end)
            end = c.end->days;
        for (const CampaignKpi& k : c.kpis) {
            ids.push_back(k.id);
            int window = window_days(k, c);
            kpis.emplace_back(window, window > 0 ? end : std::nullopt,
                              since_ ? std::optional<long long>(since_->days) : std::nullopt);
        }
        kpi_ids_.push_back(std::move(ids));
        actuals_.push_back(std::move(kpis));
    }
    spend_.resize(sources_.size());
    spend_currency_.resize(sources_.size());
}

std::size_t DashboardBuilder::find_campaign(std::string_view key) const {
    auto it = by_key_.find(key);
    return it == by_key_.end() ? npos : it->second;
}

std::size_t DashboardBuilder::find_kpi(std::size_t campaign, std::string_view id) const {
    const std::vector<std::string>& ids = kpi_ids_[campaign];
    auto it = std::find(ids.begin(), ids.end(), id);
    return it == ids.end() ? npos : static_cast<std::size_t>(it - ids.begin());
}

void DashboardBuilder::add(std::size_t campaign, std::size_t kpi, long long day, double value,
                           std::string_view text) {
    if (as_of_ && day > as_of_->days)
        return;
    if (!latest_ || day > *latest_)
        latest_ = day;
    actuals_[campaign][kpi].add(day, order_++, value, text, *latest_);
}

void DashboardBuilder::add_spend(std::size_t campaign, std::string_view tactic, long long day,
                                 double amount, std::string_view currency) {
    spend_[campaign].add(tactic, day, amount);
    if (spend_currency_[campaign].empty())
        spend_currency_[campaign] = currency;
}

Dashboard DashboardBuilder::finish() {
    Dashboard d;
    d.since = since_;
    d.as_of = as_of_;
    if (!d.as_of && latest_)
        d.as_of = day_from_days(*latest_);

    std::vector<std::size_t> order(sources_.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const DashboardSource &x = sources_[a], &y = sources_[b];
        return std::tie(x.campaign->goal, x.key) < std::tie(y.campaign->goal, y.key);
    });
    for (std::size_t i : order) {
        const DashboardSource& source = sources_[i];
        const CampaignRecord& campaign = *source.campaign;
        DashboardCampaign c;
        c.key = source.key;
        c.campaign = &campaign;
        c.goal = source.index->goal(campaign.goal);
        for (std::size_t k = 0; k < campaign.kpis.size(); ++k)
            actuals_[i][k].append_to(c.kept, campaign.kpis[k].id,
                                     judged_at(campaign.kpis[k], campaign, d.as_of));
        c.review = review_campaign(campaign, c.kept, *source.index, d.as_of);
        for (std::size_t k = 0; k < campaign.kpis.size(); ++k) {
            const KpiReview& r = c.review.kpis[k];
            DashboardKpi dk;
            dk.series = actuals_[i][k].series();
            dk.readings = actuals_[i][k].count();
            d.readings += dk.readings;
            if (const Actual* last = r.not_due_yet ? r.not_due_yet : r.latest)
                dk.last_reading = last->date;
            if (r.progress && r.expected)
                dk.behind = *r.expected - *r.progress;
            c.kpis.push_back(std::move(dk));
        }
        actuals_[i].clear(); // judged: the readings are in c.kept now
        if (!spend_[i].empty())
            c.spend = spend_to_date(c.review, source.budget, spend_[i], spend_currency_[i]);
        build_tree(c, source);
        roll_up(c);
        d.strategies += c.strategies.size();
        for (const DashboardStrategy& s : c.strategies)
            d.on_track += s.health == Health::on_track;
        d.campaigns.push_back(std::move(c));
    }

    std::map<std::string, DashboardGoal> goals;
    for (std::size_t ci = 0; ci < d.campaigns.size(); ++ci) {
        const DashboardCampaign& c = d.campaigns[ci];
        DashboardGoal& g = goals[c.campaign->goal];
        g.id = c.campaign->goal;
        std::string name = c.goal ? c.goal->name : c.campaign->goal;
        if (std::find(g.names.begin(), g.names.end(), name) == g.names.end())
            g.names.push_back(name);
        g.campaigns.push_back(ci);
        g.strategies += c.strategies.size();
        for (const DashboardStrategy& s : c.strategies)
            g.on_track += s.health == Health::on_track;
        for (std::size_t a = 0; a < c.review.advice.size(); ++a) {
            auto k = static_cast<std::size_t>(c.review.advice[a].review - c.review.kpis.data());
            NextAction next{ci, a, c.kpis[k].behind.value_or(0), {}};
            for (std::size_t t = 0; t < c.tactics.size(); ++t) {
                const std::vector<std::size_t>& moves = c.tactics[t].kpis;
                if (std::find(moves.begin(), moves.end(), k) != moves.end())
                    next.tactics.push_back(t);
            }
            d.next.push_back(std::move(next));
        }
    }
    for (auto& [id, goal] : goals)
        d.goals.push_back(std::move(goal));
    std::stable_sort(d.next.begin(), d.next.end(),
                     [](const NextAction& a, const NextAction& b) { return a.behind > b.behind; });
    return d;
}

bool any_status_at_least(const Dashboard& dashboard, KpiStatus threshold) {
    return std::any_of(
        dashboard.campaigns.begin(), dashboard.campaigns.end(),
        [&](const DashboardCampaign& c) { return any_status_at_least(c.review, threshold); });
}

} // namespace strat::engine
