#include "load/schema.hpp"

#include "load/markets.hpp"
#include "model/budget_amount.hpp"
#include "model/market.hpp"
#include "model/vocabulary.hpp"

#include <array>

namespace strat::load::schema {
namespace {

using model::names;
using T = Type;

extern const Object source, goal, question, option, weight, facts, strategy, tactic, requirements,
    step, risk, kpi, benchmark, regional_benchmark, target, drops, answers_industry, answers_goal,
    answers_client, budget, budget_weights, budget_phases, resource;

const auto channels = names<model::Channel>();
const auto level = names<model::Level>();

const Field source_fields[] = {
    {"id", T::slug, true, "Stable id that benchmarks cite."},
    {"publisher", T::string, true, "Who published the figures."},
    {"title", T::string, true, "Title of the report or page."},
    {"year", T::integer, true, "Year of publication.", T::string, {}, nullptr, 0, 1900, 2100},
    {"url", T::string, false, "Where to read it (url or citation is required)."},
    {"citation", T::string, false, "A citation where there is no url."},
    {"note", T::string, false, "E.g. \"secondary: quoted by ...\" for second-hand figures."},
};
const Field goal_fields[] = {
    {"id", T::slug, true, "The goal id used by `--goal`."},
    {"name", T::string, true, "Display name."},
    {"description", T::string, true, "What reaching the goal means."},
    {"aliases", T::list, false, "Other words users type for this goal.", T::slug},
    {"start", T::slug, true, "Id of the first question of the goal's decision tree."},
    {"primary_kpi", T::slug, false,
     "Id of the KPI a campaign for this goal is judged by (one of its strategies' KPIs)."},
};
const Field question_fields[] = {
    {"id", T::slug, true, "Stable id, used by `--answer ID=OPTION`."},
    {"text", T::string, true, "The question as asked."},
    {"help", T::string, true, "Shown when the user types `?`."},
    {"default", T::slug, true, "Id of the option used in non-interactive runs."},
    {"options", T::list, true, "The possible answers (at least two).", T::object, {}, &option, 2},
};
const Field option_fields[] = {
    {"id", T::slug, true, "Stable id, unique within the question."},
    {"label", T::string, true, "The answer as shown."},
    {"next", T::slug, false, "Id of the question asked after this answer."},
    {"weights", T::list, false, "Points this answer gives strategies.", T::object, {}, &weight},
    {"facts", T::object, false, "What this answer tells about the company.", T::string, {}, &facts},
};
const Field weight_fields[] = {
    {"strategy", T::slug, true, "Id of the strategy."},
    {"points",
     T::integer,
     true,
     "Points, -10 to 10, not 0.",
     T::string,
     {},
     nullptr,
     false,
     -10,
     10},
    {"reason", T::string, true, "Why, in one line: \"+3 <reason>\"."},
    {"requires",
     T::object,
     false,
     "What the reason relies on; the weight does not count when the facts contradict it.",
     T::string,
     {},
     &requirements},
};
const Field facts_fields[] = {
    {"consent", T::dict, false,
     "Marketing consent per channel: held, partial (some contacts, or not known) or none.",
     T::choice, channels, nullptr, 0, 0, 0, names<model::Consent>()},
    {"channels", T::dict, false, "Channels available, per channel.", T::boolean, channels},
    {"data", T::dict, false, "Data held, e.g. purchase_history: true.", T::boolean},
    {"tooling", T::dict, false, "Tools in place, e.g. marketing_automation: true.", T::boolean},
    {"budget", T::choice, false, "Budget level.", T::string, level},
    {"maturity", T::choice, false, "Team maturity and data skills.", T::string,
     names<model::Maturity>()},
    {"audience", T::choice, false, "Whom the company sells to.", T::string,
     names<model::Audience>()},
};
const Field strategy_fields[] = {
    {"id", T::slug, true, "Stable id, used by `--strategy`."},
    {"name", T::string, true, "Display name."},
    {"description", T::string, true, "What the strategy does and why it works."},
    {"goals", T::list, true, "Ids of the goals it serves.", T::slug, {}, nullptr, 1},
    {"tactics",
     T::list,
     true,
     "Ids of its tactics, in the order to run them.",
     T::slug,
     {},
     nullptr,
     1},
    {"kpis", T::list, true, "Ids of the KPIs that show it works.", T::slug, {}, nullptr, 1},
};
const Field tactic_fields[] = {
    {"id", T::slug, true, "Stable id."},
    {"name", T::string, true, "Display name."},
    {"description", T::string, true, "What the tactic does."},
    {"channels", T::list, true, "Channels it uses.", T::choice, channels, nullptr, 1},
    {"effort", T::choice, true, "Effort to set it up: low, medium or high.", T::string, level},
    {"cost", T::choice, true, "Running cost: low, medium or high.", T::string, level},
    {"requires",
     T::object,
     false,
     "Requirements; a plan leaves out a tactic whose requirements the answers show to be "
     "unmet.",
     T::string,
     {},
     &requirements},
    {"collects", T::list, false,
     "Channels whose marketing consent the tactic collects (it must not require it).", T::choice,
     channels},
    {"trigger", T::string, false, "The event that starts it, e.g. \"guest checks out\"."},
    {"steps", T::list, true, "Timed steps, in day order.", T::object, {}, &step, 1},
    {"kpis", T::list, false, "Ids of KPIs specific to this tactic.", T::slug},
    {"watches", T::list, false,
     "Ids of its `kpis` it is not meant to improve, only to watch (a required notice with a "
     "one-click cancel lowers conversion): a plan's test checks they do not worsen by more "
     "than the team accepts, and never claims they rise.",
     T::slug},
    {"markets", T::list, false, "Ids of the only markets it applies in (none: every market).",
     T::slug},
    {"practices", T::list, false, "Practices it uses that a market may forbid.", T::choice,
     names<model::Practice>()},
    {"risks",
     T::list,
     false,
     "What can go wrong when it runs, each with its mitigation.",
     T::object,
     {},
     &risk,
     1},
};
const Field requirements_fields[] = {
    {"channels", T::list, false, "Channels that must be available.", T::choice, channels},
    {"consent", T::list, false, "Channels that need marketing consent.", T::choice, channels},
    {"data", T::list, false, "Data the tactic needs.", T::slug},
    {"tooling", T::list, false, "Tools the tactic needs.", T::slug},
    {"budget", T::choice, false, "Minimum budget level.", T::string, level},
    {"maturity", T::choice, false, "Minimum team maturity.", T::string, names<model::Maturity>()},
    {"audience", T::choice, false, "Only for this audience.", T::string, names<model::Audience>()},
};
const Field step_fields[] = {
    {"day",
     T::integer,
     true,
     "Days after the trigger or start.",
     T::string,
     {},
     nullptr,
     false,
     0,
     3650},
    {"action", T::string, true, "What happens."},
    {"channel", T::choice, false, "Channel of this step (one of the tactic's).", T::string,
     channels},
    {"condition", T::string, false, "When the step applies, e.g. \"if not opened\"."},
    {"kind", T::choice, false,
     "marketing (default) or service: a confirmation, legally required notice or dunning "
     "message with no advertising, which needs no marketing consent.",
     T::string, names<model::StepKind>()},
    {"markets", T::list, false, "Ids of the only markets it applies in (none: every market).",
     T::slug},
    {"practices", T::list, false, "Practices it uses that a market may forbid.", T::choice,
     names<model::Practice>()},
};
const Field risk_fields[] = {
    {"risk", T::string, true, "What goes wrong, concretely."},
    {"mitigation", T::string, true, "What the team does to prevent or catch it."},
};
const Field kpi_fields[] = {
    {"id", T::slug, true, "Stable id."},
    {"name", T::string, true, "Display name."},
    {"description", T::string, true, "What is measured and how."},
    {"unit", T::choice, true, "Unit of the value.", T::string, names<model::Unit>()},
    {"direction", T::choice, true, "Which way is better.", T::string, names<model::Direction>()},
    {"cadence", T::choice, false, "How often to measure (default monthly).", T::string,
     names<model::Cadence>()},
    {"reading", T::choice, false,
     "For a count: `period`, each reading counts its own period (leads, new customers; the "
     "default), or `level`, each reading is the level on its date (subscribers, active "
     "members). Review's cost per result sums the readings of a `period` count and takes "
     "what a `level` gained since the baseline.",
     T::string, names<model::Reading>()},
    {"benchmark",
     T::object,
     false,
     "A published figure to compare against.",
     T::string,
     {},
     &benchmark},
    {"regional_benchmarks",
     T::list,
     false,
     "Figures measured in one region, e.g. DACH; a plan for a market of that region uses "
     "them instead of `benchmark`.",
     T::object,
     {},
     &regional_benchmark},
    {"no_benchmark", T::string, false,
     "Why no published figure is known (instead of `benchmark`)."},
    {"target", T::object, false, "How a plan derives the target.", T::string, {}, &target},
};
const Field benchmark_fields[] = {
    {"value", T::number, true, "The figure, in the KPI's unit."},
    {"source", T::slug, true, "Id of the source that published it."},
    {"year", T::integer, true, "Year of the data.", T::string, {}, nullptr, 0, 1900, 2100},
    {"segment", T::string, false, "Which industry or group the figure describes."},
    {"note", T::string, false, "Anything a reader must know about the figure."},
    {"region", T::choice, false,
     "Where it was measured, when the source says (global, a group such as dach, or a "
     "market).",
     T::string, names<model::Region>()},
};
const Field regional_benchmark_fields[] = {
    {"region", T::choice, true,
     "Where it was measured: a market (de, at, ch, eu, uk, us) or a group (dach, global).",
     T::string, names<model::Region>()},
    {"value", T::number, true, "The figure, in the KPI's unit."},
    {"source", T::slug, true, "Id of the source that published it."},
    {"year", T::integer, true, "Year of the data.", T::string, {}, nullptr, 0, 1900, 2100},
    {"segment", T::string, false, "Which industry or group the figure describes."},
    {"note", T::string, false, "Anything a reader must know about the figure."},
};
const Field target_fields[] = {
    {"rule", T::choice, true, "benchmark, relative or absolute.", T::string,
     names<model::TargetRule>()},
    {"change", T::number, false, "For relative (percent) and absolute (units): the improvement."},
};
const Field roadmap_fields[] = {
    {"strat", T::integer, true, "Format version; must be 1."},
    {"id", T::slug, true, "Industry id used by `--industry` (or the base's id)."},
    {"kind", T::choice, false, "industry (default) or base.", T::string,
     names<model::RoadmapKind>()},
    {"name", T::string, true, "Display name."},
    {"description", T::string, true, "What the roadmap covers."},
    {"extends", T::slug, false, "Id of the roadmap this one extends."},
    {"audience", T::choice, false, "b2c, b2b or both (default).", T::string, names<model::Reach>()},
    {"sources", T::list, false, "Where benchmark figures come from.", T::object, {}, &source},
    {"goals", T::list, false, "Business goals.", T::object, {}, &goal},
    {"questions", T::list, false, "The decision trees' questions.", T::object, {}, &question},
    {"strategies", T::list, false, "Strategies.", T::object, {}, &strategy},
    {"tactics", T::list, false, "Tactics.", T::object, {}, &tactic},
    {"kpis", T::list, false, "KPIs.", T::object, {}, &kpi},
    {"drops",
     T::object,
     false,
     "Inherited entities that do not apply to this industry.",
     T::string,
     {},
     &drops},
    {"budget",
     T::object,
     false,
     "How a plan splits a budget by tactic cost level, phase and a reserve for tests.",
     T::string,
     {},
     &budget},
    {"markets",
     T::list,
     false,
     "The legal rules of each market, with their sources.",
     T::object,
     {},
     &market},
    {"tooling",
     T::dict,
     false,
     "Tool id: its name, shown wherever a plan names a tool that `requires` or `facts` use.",
     T::object,
     {},
     &resource},
    {"data",
     T::dict,
     false,
     "Data id: its name, shown wherever a plan names data that `requires` or `facts` use.",
     T::object,
     {},
     &resource},
};
const Field resource_fields[] = {
    {"name", T::string, true, "What a marketer calls it, e.g. \"purchase history\"."},
    {"description", T::string, false, "What it is, when the name alone may not say."},
};
const Field budget_fields[] = {
    {"weights",
     T::object,
     true,
     "Points per tactic cost level: a tactic's share of the budget.",
     T::string,
     {},
     &budget_weights},
    {"reserve",
     T::integer,
     true,
     "Percent of the whole budget held back for tests.",
     T::string,
     {},
     nullptr,
     0,
     0,
     90},
    {"phases",
     T::object,
     true,
     "Percent of each tactic's share spent per phase (sum 100).",
     T::string,
     {},
     &budget_phases},
};
const Field budget_weights_fields[] = {
    {"low", T::integer, true, "Weight of a low-cost tactic.", T::string, {}, nullptr, 0, 1, 100},
    {"medium",
     T::integer,
     true,
     "Weight of a medium-cost tactic.",
     T::string,
     {},
     nullptr,
     0,
     1,
     100},
    {"high", T::integer, true, "Weight of a high-cost tactic.", T::string, {}, nullptr, 0, 1, 100},
};
const Field budget_phases_fields[] = {
    {"pilot",
     T::integer,
     true,
     "Percent spent in the pilot, before the go/no-go.",
     T::string,
     {},
     nullptr,
     0,
     0,
     100},
    {"scale",
     T::integer,
     true,
     "Percent spent in the scale phase, after a go.",
     T::string,
     {},
     nullptr,
     0,
     0,
     100},
};
const Field drops_fields[] = {
    {"goals", T::list, false, "Ids of inherited goals to remove.", T::slug},
    {"questions", T::list, false, "Ids of inherited questions to remove.", T::slug},
    {"strategies", T::list, false, "Ids of inherited strategies to remove.", T::slug},
    {"tactics", T::list, false, "Ids of inherited tactics to remove.", T::slug},
    {"kpis", T::list, false, "Ids of inherited KPIs to remove.", T::slug},
};

// The answers file of `strat plan --answers`: answers for any goal, refined per industry
// and per goal (the more specific scope wins).
const Field answers_goal_fields[] = {
    {"answers", T::dict, false, "Question id: option id.", T::slug},
    {"constraints", T::object, false, "What holds for this goal only.", T::string, {}, &facts},
};
const Field answers_industry_fields[] = {
    {"answers", T::dict, false, "Question id: option id.", T::slug},
    {"constraints", T::object, false, "What holds in this industry.", T::string, {}, &facts},
    {"goals",
     T::dict,
     false,
     "Goal id: answers and constraints for that goal.",
     T::object,
     {},
     &answers_goal},
};
const Field answers_client_fields[] = {
    {"name", T::slug, true, "The client's id: names its files, e.g. acme.yaml."},
    {"industry", T::slug, true, "The industry roadmap to plan with."},
    {"goal", T::slug, true, "The goal, by id or alias."},
    {"answers", T::dict, false, "Question id: option id, for this client.", T::slug},
    {"constraints", T::object, false, "What holds for this client.", T::string, {}, &facts},
    {"market", T::slug, false, "The market whose rules apply to this client."},
    {"start", T::string, false, "This client's campaign's first day, YYYY-MM-DD."},
    {"budget_amount",
     T::integer,
     false,
     "This client's budget in whole units of `currency`, split by the roadmap's rule.",
     T::string,
     {},
     nullptr,
     0,
     1,
     model::max_budget_amount},
    {"currency", T::choice, false, "ISO 4217 code of `budget_amount`.", T::string,
     model::currencies},
};
const Field answers_file_fields[] = {
    {"strat_answers", T::integer, true, "Answers file version; must be 1."},
    {"market", T::slug, false,
     "The market whose rules apply, e.g. de, at, ch, eu, uk or us (default eu)."},
    {"start", T::string, false, "The campaign's first day, YYYY-MM-DD, as --start."},
    {"budget_amount",
     T::integer,
     false,
     "The campaign's budget in whole units of `currency`, as --budget-amount.",
     T::string,
     {},
     nullptr,
     0,
     1,
     model::max_budget_amount},
    {"currency", T::choice, false, "ISO 4217 code of `budget_amount`, as --currency.", T::string,
     model::currencies},
    {"answers", T::dict, false, "Question id: option id, for any goal and industry.", T::slug},
    {"constraints",
     T::object,
     false,
     "What holds for the company: consent, channels, data, "
     "tooling, budget, maturity, audience.",
     T::string,
     {},
     &facts},
    {"industries",
     T::dict,
     false,
     "Industry id: answers and constraints for that industry.",
     T::object,
     {},
     &answers_industry},
    {"clients",
     T::list,
     false,
     "A workshop's clients, each planned on its own with `plan --out-dir`.",
     T::object,
     {},
     &answers_client},
};
const Object answers_file_object{"answers file", "Answers for `strat plan --answers`.",
                                 answers_file_fields};
const Object answers_industry{"industry answers", "Answers for one industry.",
                              answers_industry_fields};
const Object answers_goal{"goal answers", "Answers for one goal.", answers_goal_fields};
const Object answers_client{"client", "One client of a workshop.", answers_client_fields};

const Object roadmap_object{"roadmap", "A strat roadmap (format 1).", roadmap_fields};
const Object source{"source", "A published source of benchmark figures.", source_fields};
const Object goal{"goal", "A business goal and the start of its decision tree.", goal_fields};
const Object question{"question", "A question of a decision tree.", question_fields};
const Object option{"option", "An answer to a question.", option_fields};
const Object weight{"weight", "Points an answer gives a strategy, with the reason.", weight_fields};
const Object facts{"facts", "What an answer tells about the company.", facts_fields};
const Object strategy{"strategy", "A strategy serving one or more goals.", strategy_fields};
const Object tactic{"tactic", "A concrete tactic with timed steps.", tactic_fields};
const Object requirements{"requires", "What a tactic, or a weight's reason, relies on.",
                          requirements_fields};
const Object step{"step", "A timed step of a tactic.", step_fields};
const Object risk{"risk", "Something that can go wrong when a tactic runs, and what the team does.",
                  risk_fields};
const Object kpi{"kpi", "A key performance indicator.", kpi_fields};
const Object benchmark{"benchmark", "A published figure for a KPI.", benchmark_fields};
const Object regional_benchmark{"regional benchmark",
                                "A published figure for a KPI, measured in one region.",
                                regional_benchmark_fields};
const Object target{"target", "How a plan derives a KPI's target.", target_fields};
const Object budget{"budget", "How a plan splits a budget: conventions, not measured figures.",
                    budget_fields};
const Object budget_weights{"budget weights", "Points per tactic cost level.",
                            budget_weights_fields};
const Object budget_phases{"budget phases", "Percent of a tactic's share per phase.",
                           budget_phases_fields};
const Object resource{"tool or data name",
                      "The name of a tool or data id that tactics and answers use.",
                      resource_fields};
const Object drops{"drops", "Inherited entities an industry removes, with every reference to them.",
                   drops_fields};

} // namespace

const Field* Object::field(std::string_view key) const {
    for (const Field& f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

const Object& roadmap() {
    return roadmap_object;
}
const Object& answers_file() {
    return answers_file_object;
}

bool is_slug(std::string_view text) {
    if (text.empty() || text.size() > slug_max_length || text[0] < 'a' || text[0] > 'z')
        return false;
    char previous = 'a';
    for (char c : text) {
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        bool separator = c == '_' || c == '-';
        if (!alnum && !separator)
            return false;
        if (separator && (previous == '_' || previous == '-'))
            return false;
        previous = c;
    }
    return previous != '_' && previous != '-';
}

} // namespace strat::load::schema
