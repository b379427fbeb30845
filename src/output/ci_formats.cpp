#include "output/ci_formats.hpp"

#include "output/json.hpp"
#include "util/sha256.hpp"
#include "util/terminal_text.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <map>

namespace strat::output {
namespace {

bool is_error(const model::Diagnostic& d) {
    return d.severity() == model::Severity::error;
}

/// Text for XML 1.0, which cannot hold most control characters (even escaped), U+FFFE,
/// U+FFFF or bytes that are not UTF-8: those are shown in strat's terminal notation
/// (util/terminal_text.hpp), the rest escaped as XML requires.
std::string xml_escape(std::string_view text) {
    std::string out;
    for (char c : util::terminal_safe(text)) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string location_text(const model::Diagnostic& d, const std::string& path) {
    return d.where.line > 0 ? fmt::format("{}:{}:{}", path, d.where.line, d.where.column) : path;
}

/// A URI reference for a path: relative to `cwd` when inside it, percent-encoded.
std::string artifact_uri(const std::string& path, const std::string& cwd) {
    namespace fs = std::filesystem;
    fs::path absolute = fs::path(path).is_absolute() ? fs::path(path) : fs::path(cwd) / path;
    absolute = absolute.lexically_normal();
    fs::path relative = absolute.lexically_relative(fs::path(cwd));
    bool inside = !relative.empty() && relative.native().rfind("..", 0) != 0;
    std::string p = inside ? relative.generic_string() : absolute.generic_string();
    std::string out = inside ? "" : "file://";
    for (char ch : p) {
        auto c = static_cast<unsigned char>(ch);
        bool plain = std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        out += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
    }
    return out;
}

} // namespace

std::string github_escape_data(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '%')
            out += "%25";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else
            out += c;
    }
    return out;
}

std::string github_escape_property(std::string_view text) {
    std::string out;
    for (char c : github_escape_data(text)) {
        if (c == ':')
            out += "%3A";
        else if (c == ',')
            out += "%2C";
        else
            out += c;
    }
    return out;
}

int end_column(const model::Diagnostic& d) {
    if (!d.where.known())
        return d.where.column;
    std::string_view line = d.where.file->line(d.where.line);
    std::size_t i = 0; // byte of the start column (columns count characters)
    for (int column = 1; i < line.size() && column < d.where.column; ++column)
        for (++i; i < line.size() && util::is_continuation(line[i]); ++i) {
        }
    if (i >= line.size())
        return d.where.column + 1;
    std::size_t end = i + 1;
    if (line[i] == '"' || line[i] == '\'') {
        while (end < line.size() && line[end] != line[i])
            end += line[end] == '\\' && line[i] == '"' ? 2u : 1u;
        end = std::min(end + 1, line.size());
    } else if (line[i] != '[' && line[i] != '{') {
        auto stops = [&](std::size_t k) {
            char c = line[k];
            bool colon = c == ':' && (k + 1 == line.size() || line[k + 1] == ' ');
            return colon || c == ' ' || c == ',' || c == ']' || c == '}' || c == '#';
        };
        while (end < line.size() && !stops(end))
            ++end;
    }
    return d.where.column + static_cast<int>(util::code_points(line.substr(i, end - i)));
}

void print_github(std::ostream& out, const std::vector<FileDiagnostics>& files) {
    for (const FileDiagnostics& f : files) {
        if (f.diagnostics->items().empty())
            continue;
        // Input is shown on one line (util::one_line) before GitHub's own escaping: no
        // value or file name can start a workflow command of its own.
        std::string path = util::one_line(f.path);
        out << "::group::" << github_escape_data(path) << '\n';
        for (const model::Diagnostic& d : f.diagnostics->items()) {
            std::string properties = "file=" + github_escape_property(path);
            if (d.where.line > 0)
                properties += fmt::format(",line={},col={},endColumn={}", d.where.line,
                                          d.where.column, end_column(d));
            properties += ",title=" +
                          github_escape_property(fmt::format("{} {}", d.rule->code, d.rule->name));
            std::string message = util::one_line(d.message);
            if (!d.hint.empty())
                message += "\nhint: " + util::one_line(d.hint);
            out << fmt::format("::{} {}::{}\n", is_error(d) ? "error" : "warning", properties,
                               github_escape_data(message));
        }
        out << "::endgroup::\n";
    }
}

void print_sarif(std::ostream& out, const std::vector<FileDiagnostics>& files,
                 const std::string& version, const std::string& cwd) {
    auto rules = model::all_rules();
    std::map<std::string_view, std::size_t> rule_index;
    for (std::size_t i = 0; i < rules.size(); ++i)
        rule_index[rules[i].code] = i;

    JsonWriter json(out);
    json.begin_object();
    json.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    json.field("version", "2.1.0");
    json.key("runs").begin_array().begin_object();
    json.key("tool").begin_object().key("driver").begin_object();
    json.field("name", "strat");
    json.field("version", std::string_view(version));
    json.field("semanticVersion", std::string_view(version));
    json.key("rules").begin_array();
    for (const model::Rule& r : rules) {
        json.begin_object();
        json.field("id", r.code);
        json.field("name", r.name);
        json.key("shortDescription").begin_object().field("text", r.summary).end_object();
        json.key("fullDescription")
            .begin_object()
            .field("text", fmt::format("{} ({} {}).", r.summary, r.code, r.name))
            .end_object();
        json.key("help")
            .begin_object()
            .field("text", fmt::format("strat reports {} when: {} See strat(1), section "
                                       "DIAGNOSTICS, and strat-roadmap(5) for the format.",
                                       r.code, r.summary))
            .end_object();
        json.key("defaultConfiguration")
            .begin_object()
            .field("level", r.severity == model::Severity::error ? "error" : "warning")
            .end_object();
        json.end_object();
    }
    json.end_array();
    json.end_object().end_object(); // driver, tool
    json.field("columnKind", "unicodeCodePoints");
    json.key("results").begin_array();
    for (const FileDiagnostics& f : files) {
        std::string uri = artifact_uri(f.path, cwd);
        for (const model::Diagnostic& d : f.diagnostics->items()) {
            json.begin_object();
            json.field("ruleId", d.rule->code);
            json.field("ruleIndex", rule_index[d.rule->code]);
            json.field("level", is_error(d) ? "error" : "warning");
            std::string text = d.message;
            if (!d.hint.empty())
                text += fmt::format(" Hint: {}.", d.hint);
            json.key("message").begin_object().field("text", std::string_view(text)).end_object();
            json.key("locations").begin_array().begin_object();
            json.key("physicalLocation").begin_object();
            json.key("artifactLocation")
                .begin_object()
                .field("uri", std::string_view(uri))
                .end_object();
            if (d.where.line > 0) {
                json.key("region").begin_object();
                json.field("startLine", d.where.line);
                json.field("startColumn", d.where.column);
                json.field("endLine", d.where.line);
                json.field("endColumn", end_column(d));
                json.end_object();
            }
            json.end_object(); // physicalLocation
            if (!d.data_path.empty()) {
                json.key("logicalLocations").begin_array().begin_object();
                json.field("fullyQualifiedName", std::string_view(d.data_path));
                json.end_object().end_array();
            }
            json.end_object().end_array(); // location, locations
            // Stable across runs and unrelated edits: rule, file, the line's text, message.
            std::string line = d.where.known() ? std::string(d.where.file->line(d.where.line)) : "";
            std::string hash =
                util::sha256_hex(fmt::format("{}\n{}\n{}\n{}", d.rule->code, uri, line, d.message));
            json.key("partialFingerprints")
                .begin_object()
                .field("primaryLocationLineHash", hash.substr(0, 16) + ":1")
                .end_object();
            json.end_object();
        }
    }
    json.end_array();
    json.end_object().end_array(); // run, runs
    json.end_object();
}

void print_junit(std::ostream& out, const std::vector<FileDiagnostics>& files, bool strict) {
    std::size_t failures = 0;
    for (const FileDiagnostics& f : files)
        if (f.diagnostics->error_count() > 0 || (strict && f.diagnostics->warning_count() > 0))
            ++failures;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << fmt::format("<testsuites name=\"strat validate\" tests=\"{}\" failures=\"{}\" "
                       "errors=\"0\">\n",
                       files.size(), failures);
    out << fmt::format("  <testsuite name=\"strat validate\" tests=\"{}\" failures=\"{}\" "
                       "errors=\"0\" skipped=\"0\">\n",
                       files.size(), failures);
    for (const FileDiagnostics& f : files) {
        const model::Diagnostics& ds = *f.diagnostics;
        out << fmt::format("    <testcase classname=\"strat.validate\" name=\"{}\" file=\"{}\"",
                           xml_escape(f.path), xml_escape(f.path));
        if (ds.items().empty()) {
            out << "/>\n";
            continue;
        }
        out << ">\n";
        bool failed = ds.error_count() > 0 || (strict && ds.warning_count() > 0);
        std::string body;
        for (const model::Diagnostic& d : ds.items()) {
            body += fmt::format("{}: {}: [{} {}] {}\n", util::one_line(location_text(d, f.path)),
                                is_error(d) ? "error" : "warning", d.rule->code, d.rule->name,
                                util::one_line(d.message));
            if (!d.hint.empty())
                body += "  hint: " + util::one_line(d.hint) + "\n";
        }
        if (failed) {
            const model::Diagnostic& first = ds.items().front();
            out << fmt::format("      <failure message=\"{} error{}, {} warning{}\" type=\"{}\">",
                               ds.error_count(), ds.error_count() == 1 ? "" : "s",
                               ds.warning_count(), ds.warning_count() == 1 ? "" : "s",
                               xml_escape(first.rule->name));
            out << xml_escape(body) << "</failure>\n";
        } else {
            out << "      <system-out>" << xml_escape(body) << "</system-out>\n";
        }
        out << "    </testcase>\n";
    }
    out << "  </testsuite>\n</testsuites>\n";
}

} // namespace strat::output
