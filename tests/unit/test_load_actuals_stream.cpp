// Actuals read as a stream: the header (review's kpi,date,value, or with a campaign
// column, in any order), quoted fields, line ends, positions of errors in characters,
// the cap on errors and on line length, and the lines quoted for diagnostics.

#include "helpers.hpp"
#include "load/actuals_stream.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

using namespace strat;

namespace {

/// A file in a temporary directory, removed with it.
struct TempFile {
    std::string path;
    explicit TempFile(std::string_view text, std::string name = "actuals.csv") {
        auto dir = std::filesystem::temp_directory_path() /
                   fmt::format("strat-stream-{}-{}", ::getpid(), counter()++);
        std::filesystem::create_directories(dir);
        path = (dir / name).string();
        std::ofstream(path, std::ios::binary) << text;
    }
    ~TempFile() { std::filesystem::remove_all(std::filesystem::path(path).parent_path()); }
    static int& counter() {
        static int n = 0;
        return n;
    }
};

/// "line: campaign|kpi|date|value" per row, then the diagnostics.
std::string read(std::string_view text, bool* ok = nullptr) {
    TempFile file(text);
    load::ActualsStream stream(file.path);
    std::string out;
    bool read_ok = stream.read([&](const load::ActualsRow& r) {
        using C = load::ActualsColumn;
        out += fmt::format("{}: {}|{}|{}|{}\n", r.line, r[C::campaign], r[C::kpi], r[C::date],
                           r[C::value]);
        if (r[C::kpi] == "bad")
            stream.error(r, C::value, "wrong-type", fmt::format("`{}` is bad", r[C::value]));
    });
    if (ok)
        *ok = read_ok;
    return out + test::brief(stream.diagnostics());
}

} // namespace

TEST_CASE("actuals stream: review's header, or a campaign column in any order") {
    CHECK(read("kpi,date,value\nk1,2026-01-31,12.5\n\n k2 ,\t2026-02-28 , 3\n") ==
          "2: |k1|2026-01-31|12.5\n4: |k2|2026-02-28|3\n");
    CHECK(read("\xEF\xBB\xBF"
               "date,value,kpi,campaign\r\n2026-01-31,1,k1,shop\r\n") ==
          "2: shop|k1|2026-01-31|1\n");
    CHECK(read("kpi,date,value\n\"k,1\",2026-01-31,\"1\"\"\"\n") == "2: |k,1|2026-01-31|1\"\n");
}

TEST_CASE("actuals stream: a lone CR ends a line, as SourceFile counts lines") {
    CHECK(read("kpi,date,value\rk1,2026-01-31,1\r\rk2,2026-02-28,2") ==
          "2: |k1|2026-01-31|1\n4: |k2|2026-02-28|2\n");
}

TEST_CASE("actuals stream: header problems stop reading") {
    bool ok = true;
    CHECK(read("k1,2026-01-31,1\n", &ok) ==
          "1:1: [E102 missing-field] the first line must be the header `kpi,date,value` (or "
          "`campaign,kpi,date,value` for a file of several campaigns)\n");
    CHECK_FALSE(ok);
    CHECK(read("kpi,dat,value,kpi\nk1,2026-01-31,1\n") ==
          "1:5: [E103 unknown-key] unknown column `dat` (did you mean `date`?)\n"
          "1:15: [E008 duplicate-key] column `kpi` appears twice\n"
          "1:1: [E102 missing-field] the header has no `date` column\n");
    CHECK(read("") == "1:1: [E012 empty-file] the actuals file is empty\n");
}

TEST_CASE("actuals stream: a row's problem points at its field, in characters") {
    CHECK(read("kpi,date,value\nk1,2026-01-31\nbad,2026-01-31, x\n\"é\",ü,bad,1\n") ==
          "3: |bad|2026-01-31|x\n"
          "2:1: [E101 wrong-type] expected 3 columns (kpi, date, value), found 2\n"
          "3:17: [E101 wrong-type] `x` is bad\n"
          "4:1: [E101 wrong-type] expected 3 columns (kpi, date, value), found 4\n");
}

TEST_CASE("actuals stream: reading stops after the first 50 errors") {
    std::string text = "kpi,date,value\n";
    for (int i = 0; i < 200; ++i)
        text += "only,two\n";
    TempFile file(text);
    load::ActualsStream stream(file.path);
    stream.read([](const load::ActualsRow&) {});
    CHECK(stream.diagnostics().items().size() == load::ActualsStream::max_errors);
    CHECK(stream.truncated());
}

TEST_CASE("actuals stream: a line longer than 64 KiB is an error, the next lines are read") {
    std::string text = "kpi,date,value\n" + std::string(70000, 'x') + "\nk1,2026-01-31,1\n";
    TempFile file(text);
    load::ActualsStream stream(file.path);
    std::string rows;
    stream.read([&](const load::ActualsRow& r) { rows += fmt::format("{} ", r.line); });
    CHECK(rows == "3 ");
    CHECK(test::brief(stream.diagnostics()) ==
          "2:1: [E003 file-too-large] line 2 is longer than 65536 bytes\n");
}

TEST_CASE("actuals stream: the lines of its diagnostics are read again to be quoted") {
    TempFile file("kpi,date,value\nk1,2026-01-31,1\nbad,2026-02-28,2\nk1,2026-03-31,3\n");
    load::ActualsStream stream(file.path);
    stream.read([&](const load::ActualsRow& r) {
        if (r[load::ActualsColumn::kpi] == "bad")
            stream.error(r, load::ActualsColumn::kpi, "unknown-kpi", "no");
    });
    stream.quote_lines();
    const model::Diagnostic& d = stream.diagnostics().items().at(0);
    CHECK(d.where.file->line(3) == "bad,2026-02-28,2");
    CHECK(d.where.file->text() == "kpi,date,value\nk1,2026-01-31,1\nbad,2026-02-28,2\n");
}

TEST_CASE("actuals stream: a directory or a missing file is its unreadable-file diagnostic") {
    load::ActualsStream dir(std::filesystem::temp_directory_path().string());
    CHECK_FALSE(dir.read([](const load::ActualsRow&) {}));
    CHECK(test::brief(dir.diagnostics()) ==
          "0:0: [E000 unreadable-file] cannot read: it is a directory\n");
    load::ActualsStream missing("/nonexistent/actuals.csv");
    CHECK_FALSE(missing.read([](const load::ActualsRow&) {}));
    REQUIRE(missing.unreadable() != nullptr);
    CHECK(missing.unreadable()->message == "cannot read: No such file or directory");
    CHECK(missing.unreadable()->hint == "check the path and its permissions");
}

TEST_CASE("actuals stream: a line without quotes is split in place, its fields trimmed") {
    // Empty fields, a trailing separator, tabs, a field of spaces only; columns in the
    // header's order; an error's column counts the spaces before the field.
    CHECK(read("value,campaign,kpi,date\n 1 ,\tshop\t,bad,2026-01-31\n,,,\n  ,x,bad, \n") ==
          "2: shop|bad|2026-01-31|1\n3: |||\n4: x|bad||\n"
          "2:2: [E101 wrong-type] `1` is bad\n"
          "4:3: [E101 wrong-type] `` is bad\n");
    CHECK(read("kpi,date,value\nk1,2026-01-31,1,\n,\nk1\n") ==
          "2:1: [E101 wrong-type] expected 3 columns (kpi, date, value), found 4\n"
          "3:1: [E101 wrong-type] expected 3 columns (kpi, date, value), found 2\n"
          "4:1: [E101 wrong-type] expected 3 columns (kpi, date, value), found 1\n");
    // A German export's row, with and without quotes, in strat's form.
    CHECK(read("kpi;date;value\nk1; 1.3.2026 ;17,5\n\"k;2\";01.03.2026;\"1.234,5\"\n") ==
          "2: |k1|2026-03-01|17.5\n3: |k;2|2026-03-01|1234.5\n");
}

TEST_CASE("actuals stream: rows across the 1 MiB blocks it reads are whole") {
    // Lines of 23 to 29 bytes, so that some line crosses each block boundary, ending in
    // LF or in CR LF (whose CR and LF may fall into different blocks).
    std::string text = "kpi,date,value\r\n";
    std::string expected;
    const int rows = 100000;
    for (int i = 0; i < rows; ++i) {
        std::string kpi = fmt::format("k{}", i % 7 == 0 ? i : i % 100);
        text +=
            fmt::format("{},2026-01-{:02},{}{}", kpi, 1 + i % 28, i, i % 3 == 0 ? "\r\n" : "\n");
        expected += fmt::format("{}: |{}|2026-01-{:02}|{}\n", i + 2, kpi, 1 + i % 28, i);
    }
    REQUIRE(text.size() > 2u << 20);
    CHECK(read(text) == expected);
}
