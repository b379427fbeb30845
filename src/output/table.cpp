#include "output/table.hpp"

#include "util/utf8.hpp"

#include <algorithm>

namespace strat::output {

void Table::print(std::ostream& out) const {
    std::vector<std::size_t> widths(header_.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], util::code_points(row[i]));
    };
    measure(header_);
    for (const auto& row : rows_)
        measure(row);
    auto print_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += std::string(widths[i] - util::code_points(row[i]) + 2, ' ');
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out << line << '\n';
    };
    print_row(header_);
    for (const auto& row : rows_)
        print_row(row);
}

} // namespace strat::output
