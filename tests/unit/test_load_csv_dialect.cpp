// German spreadsheet exports of actuals (load/csv.hpp): `;` between fields, decimal comma,
// dates as 1.3.2026; detected from the header and read into strat's forms.

#include "load/actuals_stream.hpp"
#include "load/campaign_file.hpp"
#include "load/csv.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

using namespace strat;

TEST_CASE("a header with semicolons and no comma is a German export") {
    CHECK(load::dialect_of("kpi;date;value") == load::CsvDialect::german);
    CHECK(load::dialect_of("campaign;kpi;date;value") == load::CsvDialect::german);
    CHECK(load::dialect_of("kpi,date,value") == load::CsvDialect::plain);
    CHECK(load::dialect_of("kpi,date;x,value") == load::CsvDialect::plain);
    CHECK(load::dialect_of("\"k;p\",date,value") == load::CsvDialect::plain);
    CHECK(load::dialect_of("kpi") == load::CsvDialect::plain);
}

TEST_CASE("a German number reads as strat writes it; a decimal point is refused") {
    CHECK(load::number_from_german("17,5") == std::optional<std::string>("17.5"));
    CHECK(load::number_from_german("-0,25") == std::optional<std::string>("-0.25"));
    CHECK(load::number_from_german("1.234,5") == std::optional<std::string>("1234.5"));
    CHECK(load::number_from_german("1.234.567") == std::optional<std::string>("1234567"));
    CHECK(load::number_from_german("42") == std::optional<std::string>("42"));
    CHECK(load::number_from_german("17.5") == std::nullopt);
    CHECK(load::number_from_german("1.2345") == std::nullopt);
    CHECK(load::number_from_german("1234.567") == std::nullopt);
    CHECK(load::number_from_german(".5") == std::nullopt);
    // Left for the number reader to refuse, with its own words.
    CHECK(load::number_from_german("1,2,3") == std::optional<std::string>("1.2,3"));
}

TEST_CASE("a German date reads as an ISO date; anything else is left as written") {
    CHECK(load::date_from_german("1.3.2026") == "2026-03-01");
    CHECK(load::date_from_german("01.03.2026") == "2026-03-01");
    CHECK(load::date_from_german("31.12.2026") == "2026-12-31");
    CHECK(load::date_from_german("2026-03-01") == "2026-03-01");
    CHECK(load::date_from_german("1.3.26") == "1.3.26");
    CHECK(load::date_from_german("1.3") == "1.3");
    CHECK(load::date_from_german("a.b.2026") == "a.b.2026");
}

TEST_CASE("review's reader takes a German export and says it was one") {
    load::LoadedActuals de = load::parse_actuals_text(
        "a.csv", "kpi;date;value\r\nrate;1.3.2026;17,5\r\n\"rate\";31.3.2026;1.234,5\r\n",
        {"rate"});
    CHECK(de.dialect == load::CsvDialect::german);
    CHECK(de.diagnostics.items().empty());
    REQUIRE(de.actuals.size() == 2);
    CHECK(de.actuals[0].date.text == "2026-03-01");
    CHECK(de.actuals[0].value == 17.5);
    CHECK(de.actuals[1].value == 1234.5);
    load::LoadedActuals plain =
        load::parse_actuals_text("a.csv", "kpi,date,value\nrate,2026-03-01,17.5\n", {"rate"});
    CHECK(plain.dialect == load::CsvDialect::plain);
}

TEST_CASE("the dashboard's streaming reader takes a German export too") {
    auto path = std::filesystem::temp_directory_path() / "strat-german-export.csv";
    std::ofstream(path) << "campaign;kpi;date;value\r\nspring;rate;1.3.2026;17,5\r\n"
                           "spring;rate;2.3.2026;17.5\r\n";
    load::ActualsStream stream(path.string());
    std::vector<std::string> rows;
    stream.read([&](const load::ActualsRow& r) {
        rows.push_back(fmt::format("{} {} {} {}", r[load::ActualsColumn::campaign],
                                   r[load::ActualsColumn::kpi], r[load::ActualsColumn::date],
                                   r[load::ActualsColumn::value]));
    });
    std::filesystem::remove(path);
    CHECK(stream.dialect() == load::CsvDialect::german);
    CHECK(rows == std::vector<std::string>{"spring rate 2026-03-01 17.5"});
    REQUIRE(stream.diagnostics().items().size() == 1);
    const model::Diagnostic& d = stream.diagnostics().items()[0];
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 22);
    CHECK(d.message == "`17.5` has a decimal point; a German export writes 17,5");
}
