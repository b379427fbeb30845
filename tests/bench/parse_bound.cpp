// parse_bound FILE...
//
// Reads each file into memory, then parses it with libyaml's event parser
// (yaml_parser_parse) and counts the events; nothing is built from them. This is the
// practical upper bound of reading YAML on the machine: whatever strat does on top of
// parsing (positions, checks, its document tree, validation) can only make it slower.
//
// Prints one line: "files N bytes B events E seconds S MBps R", where S is the wall time
// spent reading and parsing (process start excluded) and R = B / S / 1e6.
// Exit 0 when every file parsed, 1 when one did not (its error on stderr), 2 on usage.

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <yaml.h>

namespace {

bool read_file(const char* path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = std::move(buffer).str();
    return static_cast<bool>(in) || in.eof();
}

// Parses `text`, adding its events to `events`. Returns false on a YAML error.
bool parse(const char* path, const std::string& text, unsigned long long& events) {
    yaml_parser_t parser;
    if (yaml_parser_initialize(&parser) == 0)
        return false;
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
    bool ok = true;
    for (;;) {
        yaml_event_t event;
        if (yaml_parser_parse(&parser, &event) == 0) {
            std::fprintf(stderr, "%s:%zu:%zu: %s\n", path, parser.problem_mark.line + 1,
                         parser.problem_mark.column + 1,
                         parser.problem != nullptr ? parser.problem : "parse error");
            ok = false;
            break;
        }
        ++events;
        const bool done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done)
            break;
    }
    yaml_parser_delete(&parser);
    return ok;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: parse_bound FILE...\n");
        return 2;
    }
    unsigned long long bytes = 0;
    unsigned long long events = 0;
    bool ok = true;
    const auto start = std::chrono::steady_clock::now();
    std::string text;
    for (int i = 1; i < argc; ++i) {
        if (!read_file(argv[i], text)) {
            std::fprintf(stderr, "%s: cannot read\n", argv[i]);
            return 2;
        }
        bytes += text.size();
        ok = parse(argv[i], text, events) && ok;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("files %d bytes %llu events %llu seconds %.6f MBps %.2f\n", argc - 1, bytes, events,
                seconds, seconds > 0 ? static_cast<double>(bytes) / seconds / 1e6 : 0.0);
    return ok ? 0 : 1;
}
