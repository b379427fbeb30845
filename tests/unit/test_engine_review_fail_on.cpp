// The --fail-on rule of strat review: which statuses count at each threshold. The
// statuses themselves (10 and 25 points behind) are tested in test_engine_review.cpp.

#include "engine/review.hpp"

#include <doctest/doctest.h>

#include <initializer_list>

using namespace strat::engine;

namespace {

Review with_statuses(std::initializer_list<KpiStatus> statuses) {
    Review review;
    for (KpiStatus s : statuses) {
        KpiReview k;
        k.status = s;
        review.kpis.push_back(k);
    }
    return review;
}

} // namespace

TEST_CASE("--fail-on off-track counts only off-track KPIs") {
    CHECK(any_status_at_least(with_statuses({KpiStatus::on_track, KpiStatus::off_track}),
                              KpiStatus::off_track));
    CHECK_FALSE(any_status_at_least(with_statuses({KpiStatus::at_risk}), KpiStatus::off_track));
}

TEST_CASE("--fail-on at-risk counts at-risk and off-track KPIs") {
    CHECK(any_status_at_least(with_statuses({KpiStatus::at_risk}), KpiStatus::at_risk));
    CHECK(any_status_at_least(with_statuses({KpiStatus::off_track}), KpiStatus::at_risk));
    CHECK_FALSE(any_status_at_least(with_statuses({KpiStatus::on_track}), KpiStatus::at_risk));
}

TEST_CASE("--fail-on: KPIs without data or target never fail a review") {
    Review unknown = with_statuses({KpiStatus::no_data, KpiStatus::no_target});
    CHECK_FALSE(any_status_at_least(unknown, KpiStatus::at_risk));
    CHECK_FALSE(any_status_at_least(unknown, KpiStatus::off_track));
    CHECK_FALSE(any_status_at_least(with_statuses({}), KpiStatus::at_risk));
}
