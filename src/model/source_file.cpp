#include "model/source_file.hpp"

#include "util/sha256.hpp"

namespace strat::model {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), owned_(std::move(text)), text_(owned_) {}

SourceFile::SourceFile(std::string path, StaticText text)
    : path_(std::move(path)), text_(text.text) {}

const std::vector<std::size_t>& SourceFile::line_starts() const {
    std::call_once(lines_once_, [this] {
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < text_.size(); ++i) {
            // CR LF, lone LF and lone CR all end a line, as they do for the YAML parser.
            if (text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n')
                ++i;
            if (text_[i] == '\n' || text_[i] == '\r')
                line_starts_.push_back(i + 1);
        }
        line_starts_.shrink_to_fit(); // kept for the file's lifetime, often for many files
        lines_built_ = true;
    });
    return line_starts_;
}

bool SourceFile::release_text() {
    if (lines_built_)
        return false;
    std::string().swap(owned_);
    text_ = {};
    released_ = true;
    return true;
}

void SourceFile::restore_text(std::string text) {
    owned_ = std::move(text);
    text_ = owned_;
    released_ = false;
}

std::size_t SourceFile::line_start(int line) const {
    if (line < 1)
        return 0;
    if (line > line_count())
        return text_.size();
    return line_starts()[static_cast<std::size_t>(line - 1)];
}

std::string_view SourceFile::line(int line) const {
    if (line < 1 || line > line_count())
        return {};
    // The next line's start bounds this one: no scan of the line, so quoting it for each
    // of many diagnostics on one long line costs nothing per diagnostic (issue 12, item 13).
    std::size_t begin = line_start(line);
    std::size_t end = line < line_count() ? line_start(line + 1) : text_.size();
    if (end > begin && text_[end - 1] == '\n')
        --end;
    if (end > begin && text_[end - 1] == '\r')
        --end;
    return std::string_view(text_).substr(begin, end - begin);
}

std::string SourceFile::sha256() const {
    return sha256_.empty() ? util::sha256_hex(text_) : sha256_;
}

} // namespace strat::model
