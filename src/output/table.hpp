#pragma once
/// Aligned text tables: a header row and columns padded to the widest cell
/// (counted in characters, not bytes), no trailing spaces.

#include <ostream>
#include <string>
#include <vector>

namespace strat::output {

class Table {
public:
    explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    bool empty() const { return rows_.empty(); }
    void print(std::ostream& out) const;

private:
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> rows_;
};

} // namespace strat::output
