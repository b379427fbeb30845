// Issue 12, hardening of what users write: one number parser for every file (item 8), a
// CSV quote never closed (item 10), every reader through the one file reader with its
// limit (item 6) and the cost of many KPIs and many diagnostics (item 13).

#include "helpers.hpp"
#include "load/actuals_stream.hpp"
#include "load/answers_file.hpp"
#include "load/campaign_file.hpp"
#include "load/csv.hpp"
#include "load/file_reader.hpp"
#include "load/number.hpp"
#include "load/roadmap_file.hpp"
#include "output/diagnostics.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <unistd.h>

using namespace strat;

namespace {

/// "12.5", "not a number" or "out of range": what the one parser makes of `text`.
std::string number(std::string_view text) {
    load::ParsedNumber n = load::parse_number(text);
    if (n)
        return fmt::format("{}", n.value);
    return n.problem == load::NumberProblem::out_of_range ? "out of range" : "not a number";
}

const std::vector<std::string> kpis{"visits", "signups"};

std::string actuals(std::string path, std::string text) {
    load::LoadedActuals loaded = load::parse_actuals_text(std::move(path), std::move(text), kpis);
    std::string out = test::brief(loaded.diagnostics);
    for (const model::Actual& a : loaded.actuals)
        out += fmt::format("{} {} {}\n", a.kpi, a.date.text, a.value);
    return out;
}

} // namespace

TEST_CASE("hardening-8: one number parser: nan, inf, hexadecimal and overflow are refused") {
    CHECK(number("12.5") == "12.5");
    CHECK(number("-3") == "-3");
    CHECK(number("0") == "0");
    CHECK(number("0.25") == "0.25");
    CHECK(number("1e3") == "1000");
    CHECK(number("2.5E-2") == "0.025");
    for (std::string_view bad :
         {"nan",   "NaN",   "inf", "-inf", "Infinity", "-Infinity", ".inf", "0x12",
          "0X1p3", "+5",    ".5",  "5.",   "05",       "1e",        "1e+",  "--1",
          "12,5",  "12.5%", " 1",  "1 ",   "",         "-",         "1_000"})
        CHECK_MESSAGE(number(bad) == "not a number", bad);
    CHECK(number("1e999") == "out of range");
    CHECK(number("-1e999") == "out of range");
    CHECK(number("1e-999") == "out of range");
    CHECK(number(std::string(400, '9')) == "out of range");
}

TEST_CASE("hardening-8: actuals in CSV and YAML refuse nan, inf, Infinity, 0x12 and 1e999") {
    CHECK(actuals("a.csv", "kpi,date,value\nvisits,2026-01-31,Infinity\nvisits,2026-02-28,nan\n"
                           "visits,2026-03-31,-inf\nvisits,2026-04-30,0x12\n"
                           "visits,2026-05-31,1e999\nvisits,2026-06-30,12.5\n") ==
          "2:1: [E101 wrong-type] `Infinity` is not a number\n"
          "3:1: [E101 wrong-type] `nan` is not a number\n"
          "4:1: [E101 wrong-type] `-inf` is not a number\n"
          "5:1: [E101 wrong-type] `0x12` is not a number\n"
          "6:1: [E107 out-of-range] `1e999` is out of range for a number\n"
          "visits 2026-06-30 12.5\n");
    CHECK(actuals("a.yaml", "actuals:\n"
                            "  - {kpi: visits, date: 2026-01-31, value: .inf}\n"
                            "  - {kpi: visits, date: 2026-02-28, value: .nan}\n"
                            "  - {kpi: visits, date: 2026-03-31, value: Infinity}\n"
                            "  - {kpi: visits, date: 2026-04-30, value: 1e999}\n") ==
          "2:5: [E101 wrong-type] `.inf` is not a number\n"
          "3:5: [E101 wrong-type] `.nan` is not a number\n"
          "4:5: [E101 wrong-type] `Infinity` is not a number\n"
          "5:5: [E107 out-of-range] `1e999` is out of range for a number\n");
}

TEST_CASE("hardening-8: a campaign's baseline and target refuse nan, inf and 0x12") {
    std::string text = "strat_campaign: 1\nindustry: {id: travel}\ngoal: {id: retention}\n"
                       "kpis:\n"
                       "  - {id: a, better: up, baseline: .inf, target: 2}\n"
                       "  - {id: b, better: up, baseline: 1, target: nan}\n"
                       "  - {id: c, better: up, baseline: 0x12, target: 1e999}\n";
    load::LoadedCampaign loaded = load::parse_campaign_text("c.yaml", text);
    CHECK(test::brief(loaded.diagnostics) ==
          "5:35: [E101 wrong-type] `baseline` must be a number or null, found `.inf`\n"
          "6:46: [E101 wrong-type] `target` must be a number or null, found `nan`\n"
          "7:35: [E101 wrong-type] `baseline` must be a number or null, found `0x12`\n"
          "7:49: [E107 out-of-range] `target` is out of range for a number, found `1e999`\n");
}

TEST_CASE("hardening-8: roadmaps and answers files read numbers with the same parser") {
    auto file = test::parse(std::string(test::minimal_header) +
                            "kpis:\n  - id: k\n    name: K\n    unit: percent\n"
                            "    benchmark: {value: 1e999, year: 2024, source: s}\n");
    CHECK(test::brief(file.diagnostics)
              .find("[E107 out-of-range] `value` is out of range for a "
                    "number\n") != std::string::npos);
    // An answers file's only number is its format version, a whole number.
    for (std::string_view version : {"0x1", "inf", ".nan", "1e0", "99999999999999999999"}) {
        load::LoadedAnswers answers =
            load::parse_answers_text("a.yaml", fmt::format("strat_answers: {}\n", version));
        CHECK(test::brief(answers.diagnostics) ==
              fmt::format("1:16: [E101 wrong-type] `strat_answers` must be a whole number, "
                          "found `{}`\n",
                          version));
    }
    CHECK(load::parse_integer("-12").value_or(0) == -12);
    CHECK(load::parse_integer("+7").value_or(0) == 7);
    CHECK(!load::parse_integer("99999999999999999999"));
}

TEST_CASE("hardening-10: a CSV quote never closed is an error where the quote opens") {
    load::CsvLine line;
    load::split_csv_line(R"(visits,2026-01-31,"19.5)", line);
    CHECK(line.unclosed_quote == 18);
    load::split_csv_line(R"("a,b",c,"d""e")", line);
    CHECK(line.unclosed_quote == std::string_view::npos);
    REQUIRE(line.fields.size() == 3);
    CHECK(line.fields[0] == "a,b");
    CHECK(line.fields[2] == "d\"e");
    CHECK(actuals("a.csv", "kpi,date,value\nvisits,2026-01-31,\"19.5\nvisits,2026-02-28,20\n") ==
          "2:19: [E013 unterminated-string] the quoted field is not closed: the line ends inside "
          "double quotes\n"
          "visits 2026-02-28 20\n");
    CHECK(actuals("a.csv", "kpi,\"date,value\n") ==
          "1:5: [E013 unterminated-string] the quoted field is not closed: the line ends inside "
          "double quotes\n");
}

TEST_CASE("hardening-10: the dashboard's streaming reader refuses the unclosed quote too") {
    auto dir = std::filesystem::temp_directory_path() / fmt::format("strat-h10-{}", ::getpid());
    std::filesystem::create_directories(dir);
    std::string path = (dir / "a.csv").string();
    std::ofstream(path) << "kpi,date,value\nvisits,2026-01-31,\"19.5\n";
    load::ActualsStream stream(path);
    int rows = 0;
    stream.read([&](const load::ActualsRow&) { ++rows; });
    std::filesystem::remove_all(dir);
    CHECK(rows == 0);
    CHECK(test::brief(stream.diagnostics()) ==
          "2:19: [E013 unterminated-string] the quoted field is not closed: the line ends inside "
          "double quotes\n");
}

TEST_CASE("hardening-6: campaigns and actuals are read by the one reader, with its limit") {
    load::LoadedCampaign campaign = load::read_campaign_file("/dev/zero");
    CHECK(campaign.diagnostics.unreadable() == nullptr);
    CHECK(test::brief(campaign.diagnostics) ==
          "1:1: [E005 control-character] the file holds a NUL byte; YAML text cannot contain it\n");
    load::LoadedActuals csv = load::read_actuals_file("/dev/zero", kpis);
    CHECK(test::brief(csv.diagnostics) ==
          "1:1: [E005 control-character] the file holds a NUL byte; CSV text cannot contain it\n");
    load::ActualsStream stream("/dev/zero");
    CHECK(!stream.read([](const load::ActualsRow&) {}));
    REQUIRE(stream.unreadable() != nullptr);
    CHECK(stream.unreadable()->message == "the actuals file is larger than 64 MiB");
    CHECK(load::read_file_bytes("/dev/zero", load::FileKind::actuals, 100).failure->message ==
          "the actuals file is larger than 100 bytes");
    // A NUL stops reading at the block that holds it: /dev/zero costs one block.
    load::FileBytes zero = load::read_file_bytes("/dev/zero", load::FileKind::actuals);
    CHECK(!zero.failure);
    CHECK(zero.text.size() == 65536);
}

TEST_CASE("hardening-13: many diagnostics on one long line print as each would alone") {
    std::string list;
    for (int i = 0; i < 300; ++i)
        list += i == 0 ? "a" : ",\xC3\xA9";
    auto file = test::parse(std::string(test::minimal_header) + "goals: [" + list + "]\n");
    REQUIRE(file.diagnostics.items().size() > 250);
    std::ostringstream together, alone;
    output::print_diagnostics_text(together, file.diagnostics.items(), {}, {0, false});
    for (const model::Diagnostic& d : file.diagnostics.items())
        output::print_diagnostic(alone, d, {});
    CHECK(together.str() == alone.str());
}

TEST_CASE("hardening-13: --max-errors prints the first N of each file, then how many more") {
    auto file = test::parse(std::string(test::minimal_header) + "goals: [a, b, c, d]\n");
    std::ostringstream out;
    CHECK(output::print_diagnostics_text(out, file.diagnostics.items(), {}, {2, false}) == 2);
    std::string text = out.str();
    CHECK(text.ends_with("strat: test.yaml: 2 more diagnostics not shown (--max-errors 0 shows "
                         "all)\n"));
    CHECK(std::count(text.begin(), text.end(), '^') == 2);
}

#include "output/json.hpp"

TEST_CASE("hardening-8: JSON never holds inf or nan: a number without a JSON spelling is null") {
    std::ostringstream out;
    {
        output::JsonWriter json(out);
        json.begin_array().raw_number("inf").raw_number("-inf").raw_number("nan");
        json.raw_number(fmt::format("{:g}", std::numeric_limits<double>::infinity()))
            .raw_number("-2.5")
            .end_array();
    }
    CHECK(out.str() == "[\n  null,\n  null,\n  null,\n  null,\n  -2.5\n]\n");
}

#include "cli/app.hpp"

namespace {

/// A stream that never ends and holds no NUL: `yes | strat validate -`.
struct Endless : std::streambuf {
    char line[64];
    Endless() {
        std::fill(std::begin(line), std::end(line), 'a');
        line[63] = '\n';
    }
    int_type underflow() override {
        setg(line, line, line + sizeof line);
        return traits_type::to_int_type(line[0]);
    }
};

} // namespace

TEST_CASE("hardening-6: validate - reads standard input with the roadmap limit") {
    std::ifstream zero("/dev/zero", std::ios::binary);
    load::FileBytes bytes = load::read_stream_bytes(zero, load::FileKind::roadmap);
    CHECK(!bytes.failure);
    CHECK(bytes.text.size() == 65536);
    Endless endless;
    std::istream in(&endless);
    CHECK(load::read_stream_bytes(in, load::FileKind::roadmap).failure->message ==
          "the roadmap file is larger than 16 MiB");
    std::ostringstream out, err;
    cli::Io io{
        in, out, err, false, false, false, [](const std::string&) -> std::optional<std::string> {
            return {};
        }};
    CHECK(cli::run({"validate", "-"}, io) == 2);
    CHECK(err.str() == "strat: error: <stdin>: the roadmap file is larger than 16 MiB\n");
}

#include "load/text_checks.hpp"

TEST_CASE("hardening-fuzz: an indented comment line before a tab is read within the line") {
    // strat_fuzz_answers found the tab scan reading before the start of `  # c`: the text
    // before ` #` is blank, so there is no last character to look at.
    model::SourceFile file("a.yaml", std::string("  # c\n\tx: 1\n"));
    model::Origin tab = load::first_tab_indentation(file, 2);
    CHECK(tab.line == 2);
    CHECK(tab.column == 1);
}

TEST_CASE("hardening-errors: every loader tells an unreadable file as its E000 diagnostic") {
    // One way for every file kind: no io_error string beside the diagnostics.
    const std::string missing = "/nonexistent/strat-test/file.yaml";
    const std::string expected = "0:0: [E000 unreadable-file] cannot read: No such file or "
                                 "directory\n";
    CHECK(test::brief(load::read_answers_file(missing).diagnostics) == expected);
    CHECK(test::brief(load::read_campaign_file(missing).diagnostics) == expected);
    CHECK(test::brief(load::read_actuals_file(missing, kpis).diagnostics) == expected);
    load::ActualsStream stream(missing);
    CHECK_FALSE(stream.read([](const load::ActualsRow&) {}));
    CHECK(test::brief(stream.diagnostics()) == expected);
    // A roadmap says it in the words `validate` has always used.
    load::RoadmapFile roadmap = load::read_roadmap_file(missing);
    CHECK(test::brief(roadmap.diagnostics) ==
          "0:0: [E000 unreadable-file] cannot read: no such file\n");
    CHECK_FALSE(roadmap.readable());
    const model::Diagnostic* d = roadmap.diagnostics.unreadable();
    REQUIRE(d != nullptr);
    CHECK(d->where.file->path() == missing);
    CHECK(d->hint == "check the path and its permissions");
    // A directory is no file; a file over its kind's limit has its own hint.
    CHECK(load::read_answers_file("/").diagnostics.unreadable()->message ==
          "cannot read: it is a directory");
    CHECK(load::read_campaign_file("/dev/zero").diagnostics.unreadable() == nullptr);
    auto big = std::filesystem::temp_directory_path() / "strat-hardening-errors-big.yaml";
    std::ofstream(big) << std::string((1u << 20) + 1, '#');
    load::LoadedAnswers large = load::read_answers_file(big.string());
    std::filesystem::remove(big);
    REQUIRE(large.diagnostics.unreadable() != nullptr);
    CHECK(large.diagnostics.unreadable()->message == "the answers file is larger than 1 MiB");
    CHECK(large.diagnostics.unreadable()->hint == "check that this is the file you meant");
}
