// gen_dashboard: writes the reproducible corpus of the dashboard benchmark.
//
//   gen_dashboard campaigns DIR N TEMPLATE...   N campaigns DIR/bench-0001.yaml ... made
//                                               from the skeletons TEMPLATE... (written by
//                                               `strat plan`), in turn, filled in as a team
//                                               would: owner, dates (a year from a start
//                                               in early 2025), a baseline and target per
//                                               KPI, each tactic's status.
//   gen_dashboard actuals DIR N ROWS FILE       one CSV `campaign,kpi,date,value` of ROWS
//                                               rows for the N campaigns of DIR, by date
//                                               (day by day from 2025-01-01), then campaign,
//                                               then KPI, as an analytics export: every KPI
//                                               of every campaign gets a reading a day,
//                                               until ROWS rows are written; values walk
//                                               from the baseline towards the target.
//
//   gen_dashboard review-actuals DIR ROWS FILE  such rows for the one campaign
//                                               DIR/bench-0001.yaml, as `strat review` reads
//                                               them (`kpi,date,value`), dates going round
//                                               2025 and 2026
//   gen_dashboard kpis TEMPLATE N CAMPAIGN CSV  one campaign made from the skeleton TEMPLATE
//                                               whose `kpis` are N KPIs the team added
//                                               (bench_kpi_000001 ...: no cadence, a baseline
//                                               and target each), and a CSV with one reading
//                                               per KPI: `strat review` with N KPIs
//   gen_dashboard flow FILE N                   a roadmap whose `goals` is a flow list of N
//                                               scalars on one line (`[g, g, ...]`): N
//                                               diagnostics on one line for `strat validate`
//
// The same arguments give the same bytes: the only randomness is a fixed-seed xorshift64
// mapped to ranges with integer arithmetic.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed == 0 ? 0x9E3779B97F4A7C15ULL : seed) {
        for (int i = 0; i < 8; ++i)
            next();
    }
    std::uint64_t next() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 7;
        state_ ^= state_ << 17;
        return state_;
    }
    int range(int lo, int hi) {
        const auto span = static_cast<std::uint64_t>(hi - lo + 1);
        return lo + static_cast<int>(next() % span);
    }

private:
    std::uint64_t state_;
};

struct Kpi {
    std::string id;
    bool up = true;
    int baseline = 0; ///< in tenths
    int target = 0;
};

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "gen_dashboard: cannot read %s\n", path.c_str());
        std::exit(2);
    }
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string date(int day_of_2025) {
    // Days from 2025-01-01 to a civil date (H. Hinnant's civil_from_days).
    long long z = 20089 + day_of_2025 + 719468; // 2025-01-01 is day 20089 since 1970
    long long era = z / 146097, doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    long long d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    long long y = yoe + era * 400 + (m <= 2);
    char out[48];
    std::snprintf(out, sizeof out, "%04lld-%02lld-%02lld", y, m, d);
    return out;
}

std::string tenths(int v) {
    char out[32];
    std::snprintf(out, sizeof out, "%d.%d", v / 10, v % 10);
    return out;
}

/// The KPIs of a campaign file, with the baseline and target it was given.
std::vector<Kpi> kpis_of(const std::vector<std::string>& lines) {
    std::vector<Kpi> out;
    bool in_kpis = false;
    for (const std::string& line : lines) {
        if (!line.empty() && line[0] != ' ' && line[0] != '#')
            in_kpis = line.rfind("kpis:", 0) == 0;
        if (!in_kpis)
            continue;
        if (line.rfind("  - id: ", 0) == 0)
            out.push_back({line.substr(8)});
        else if (!out.empty() && line.rfind("    better: ", 0) == 0)
            out.back().up = line.substr(12) == "up";
        else if (!out.empty() && line.rfind("    baseline: ", 0) == 0)
            out.back().baseline = static_cast<int>(std::atof(line.c_str() + 14) * 10 + 0.5);
        else if (!out.empty() && line.rfind("    target: ", 0) == 0)
            out.back().target = static_cast<int>(std::atof(line.c_str() + 12) * 10 + 0.5);
    }
    return out;
}

int campaigns(const std::string& dir, int n, const std::vector<std::string>& templates) {
    std::filesystem::create_directories(dir);
    std::vector<std::vector<std::string>> skeletons;
    for (const std::string& t : templates)
        skeletons.push_back(lines_of(read(t)));
    const char* states[] = {"design", "active", "active", "active", "paused", "done"};
    for (int i = 1; i <= n; ++i) {
        Rng rng(static_cast<std::uint64_t>(i) * 7919);
        const std::vector<std::string>& skeleton =
            skeletons[static_cast<std::size_t>(i - 1) % skeletons.size()];
        int start = rng.range(0, 60);
        std::string out;
        std::string section, kpi;
        bool up = true;
        int baseline = 0;
        for (std::string line : skeleton) {
            if (!line.empty() && line[0] != ' ' && line[0] != '#')
                section = line.substr(0, line.find(':'));
            if (line.rfind("name: ", 0) == 0)
                line = "name: \"Bench campaign " + std::to_string(i) + "\"";
            else if (line.rfind("owner: null", 0) == 0)
                line = "owner: \"Team " + std::to_string(i % 37) + "\"";
            else if (line.rfind("  start: null", 0) == 0)
                line = "  start: " + date(start);
            else if (line.rfind("  end: null", 0) == 0)
                line = "  end: " + date(start + 364);
            if (section == "kpis" && line.rfind("  - id: ", 0) == 0)
                kpi = line.substr(8);
            if (section == "kpis" && line.rfind("    better: ", 0) == 0)
                up = line.substr(12) == "up";
            if (section == "kpis" && line.rfind("    baseline: null", 0) == 0) {
                baseline = rng.range(50, 900);
                line = "    baseline: " + tenths(baseline);
            } else if (section == "kpis" && line.rfind("    target: ", 0) == 0) {
                int change = std::max(1, baseline / 10);
                line = "    target: " + tenths(up ? baseline + change : baseline - change);
            }
            out += line;
            out += '\n';
            if (section == "tactics" && line.rfind("  - id: ", 0) == 0) {
                out += std::string("    status: ") + states[rng.range(0, 5)] + "\n";
                out += "    status_since: " + date(start + rng.range(0, 30)) + "\n";
            }
        }
        out.pop_back(); // the skeleton's own last line break
        char name[32];
        std::snprintf(name, sizeof name, "bench-%04d.yaml", i);
        std::ofstream(std::filesystem::path(dir) / name, std::ios::binary) << out;
    }
    return 0;
}

/// `with_campaign`: the dashboard's header `campaign,kpi,date,value`; else review's.
int actuals(const std::string& dir, int n, long long rows, const std::string& file,
            bool with_campaign) {
    std::vector<std::vector<Kpi>> kpis;
    for (int i = 1; i <= n; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "bench-%04d.yaml", i);
        kpis.push_back(kpis_of(lines_of(read((std::filesystem::path(dir) / name).string()))));
    }
    std::vector<std::vector<int>> value(kpis.size());
    for (std::size_t c = 0; c < kpis.size(); ++c)
        for (const Kpi& k : kpis[c])
            value[c].push_back(k.baseline);
    Rng rng(20260701);
    std::ofstream out(file, std::ios::binary);
    std::string buffer = with_campaign ? "campaign,kpi,date,value\n" : "kpi,date,value\n";
    long long written = 0;
    for (int day = 0; written < rows; ++day) {
        // Review's file belongs to one campaign of a few KPIs: a million rows would reach
        // centuries ahead, so its dates go round two years (each date read several times).
        std::string when = date(with_campaign ? day : day % 730);
        for (std::size_t c = 0; c < kpis.size() && written < rows; ++c) {
            char campaign[32];
            std::snprintf(campaign, sizeof campaign, "bench-%04zu", c + 1);
            for (std::size_t k = 0; k < kpis[c].size() && written < rows; ++k) {
                const Kpi& kpi = kpis[c][k];
                int step = std::max(1, std::abs(kpi.target - kpi.baseline) / 120);
                int drift = rng.range(-2, 3) * step; // a little more often towards the target
                value[c][k] += kpi.up ? drift : -drift;
                value[c][k] = std::max(0, value[c][k]);
                if (with_campaign) {
                    buffer += campaign;
                    buffer += ',';
                }
                buffer += kpi.id;
                buffer += ',';
                buffer += when;
                buffer += ',';
                buffer += tenths(value[c][k]);
                buffer += '\n';
                ++written;
            }
        }
        if (buffer.size() > (1 << 20)) {
            out << buffer;
            buffer.clear();
        }
    }
    out << buffer;
    return out ? 0 : 2;
}

int many_kpis(const std::string& templ, int n, const std::string& campaign,
              const std::string& csv) {
    std::string out;
    bool in_kpis = false;
    for (const std::string& line : lines_of(read(templ))) {
        if (!line.empty() && line[0] != ' ' && line[0] != '#') {
            if (in_kpis)
                in_kpis = false;
            if (line.rfind("kpis:", 0) == 0) {
                in_kpis = true;
                out += "kpis:\n";
                char id[32];
                for (int i = 1; i <= n; ++i) {
                    std::snprintf(id, sizeof id, "bench_kpi_%06d", i);
                    out += std::string("  - id: ") + id + "\n    name: \"Bench KPI " +
                           std::to_string(i) +
                           "\"\n    unit: count\n    better: up\n    cadence: null\n"
                           "    baseline: 100\n    target: 200\n";
                }
                continue;
            }
        }
        if (in_kpis)
            continue;
        if (line.rfind("  start: null", 0) == 0)
            out += "  start: 2025-01-01\n";
        else if (line.rfind("  end: null", 0) == 0)
            out += "  end: 2025-12-31\n";
        else
            out += line + "\n";
    }
    std::ofstream(campaign, std::ios::binary) << out;
    // One reading per KPI, on the same day; a third of them behind the expected progress.
    std::string rows = "kpi,date,value\n";
    char row[96];
    for (int i = 1; i <= n; ++i) {
        std::snprintf(row, sizeof row, "bench_kpi_%06d,2025-07-01,%d\n", i, 110 + 60 * (i % 3));
        rows += row;
    }
    std::ofstream out_csv(csv, std::ios::binary);
    out_csv << rows;
    return out_csv ? 0 : 2;
}

int flow(const std::string& file, int n) {
    std::string out = "strat: 1\nid: bench-flow\nkind: industry\nname: Bench flow\n"
                      "description: one line of bad goals\ngoals: [";
    for (int i = 0; i < n; ++i)
        out += i ? ", g" : "g";
    out += "]\n";
    std::ofstream f(file, std::ios::binary);
    f << out;
    return f ? 0 : 2;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() >= 4 && args[0] == "campaigns")
        return campaigns(args[1], std::atoi(args[2].c_str()),
                         std::vector<std::string>(args.begin() + 3, args.end()));
    if (args.size() == 5 && args[0] == "actuals")
        return actuals(args[1], std::atoi(args[2].c_str()), std::atoll(args[3].c_str()), args[4],
                       true);
    if (args.size() == 4 && args[0] == "review-actuals")
        return actuals(args[1], 1, std::atoll(args[2].c_str()), args[3], false);
    if (args.size() == 5 && args[0] == "kpis")
        return many_kpis(args[1], std::atoi(args[2].c_str()), args[3], args[4]);
    if (args.size() == 3 && args[0] == "flow")
        return flow(args[1], std::atoi(args[2].c_str()));
    std::fprintf(stderr, "usage: gen_dashboard campaigns DIR N TEMPLATE...\n"
                         "       gen_dashboard actuals DIR N ROWS FILE\n"
                         "       gen_dashboard review-actuals DIR ROWS FILE\n"
                         "       gen_dashboard kpis TEMPLATE N CAMPAIGN CSV\n"
                         "       gen_dashboard flow FILE N\n");
    return 2;
}
