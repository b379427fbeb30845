#include "load/yaml_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <linux/magic.h>
#include <set>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <utility>

namespace strat::load {
namespace {

namespace fs = std::filesystem;

bool is_yaml(const fs::path& path) {
    auto ext = path.extension().string();
    return ext == ".yaml" || ext == ".yml";
}

/// Device and inode: the identity of a directory however it was reached.
using DirId = std::pair<dev_t, ino_t>;

bool first_visit(const fs::path& dir, std::set<DirId>& visited) {
    struct stat st {};
    if (stat(dir.c_str(), &st) != 0)
        return false;
    return visited.insert({st.st_dev, st.st_ino}).second;
}

/// One directory's entries: subdirectories onto `pending`, roadmap files into `out`.
/// False when the directory cannot be read.
bool read_directory(const fs::path& dir, const WalkOptions& options, std::set<DirId>& visited,
                    std::vector<fs::path>& pending, FoundFiles& out, std::error_code& ec) {
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        fs::file_status status = it->symlink_status(type_ec);
        if (fs::is_symlink(status)) {
            if (!options.follow_symlinks) {
                ++out.links_skipped;
                continue;
            }
            status = it->status(type_ec); // a dangling link has no type: skipped below
        }
        if (type_ec)
            continue;
        if (fs::is_directory(status)) {
            if (special_file_system(it->path().string()).empty() &&
                first_visit(it->path(), visited))
                pending.push_back(it->path());
        } else if (fs::is_regular_file(status) && is_yaml(it->path())) {
            out.files.push_back(it->path().string()); // never a FIFO or device named *.yaml
        }
    }
    return !ec;
}

} // namespace

std::string special_file_system(const std::string& dir) {
    struct statfs fs_info {};
    if (statfs(dir.c_str(), &fs_info) != 0)
        return {};
    switch (static_cast<unsigned long>(fs_info.f_type)) {
    case PROC_SUPER_MAGIC:
        return "proc";
    case SYSFS_MAGIC:
        return "sysfs";
    case DEVPTS_SUPER_MAGIC:
        return "devpts";
    case DEBUGFS_MAGIC:
        return "debugfs";
    case TRACEFS_MAGIC:
        return "tracefs";
    case SECURITYFS_MAGIC:
        return "securityfs";
    case SELINUX_MAGIC:
        return "selinuxfs";
    case CGROUP_SUPER_MAGIC:
    case CGROUP2_SUPER_MAGIC:
        return "cgroup";
    case BPF_FS_MAGIC:
        return "bpf";
    case PSTOREFS_MAGIC:
        return "pstore";
    case EFIVARFS_MAGIC:
        return "efivarfs";
    case BINFMTFS_MAGIC:
        return "binfmt_misc";
    case NSFS_MAGIC:
        return "nsfs";
    case HUGETLBFS_MAGIC:
        return "hugetlbfs";
    case TMPFS_MAGIC: {
        // devtmpfs reports itself as tmpfs: /dev is told by where it is.
        std::error_code ec;
        std::string path = fs::canonical(dir, ec).string();
        bool dev = !ec && (path == "/dev" || path.rfind("/dev/", 0) == 0);
        return dev ? "devtmpfs" : "";
    }
    default:
        return {};
    }
}

FoundFiles find_yaml_files(const std::string& path, const WalkOptions& options) {
    FoundFiles out;
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
        out.files.push_back(path); // a file, or something missing: reading it reports it
        return out;
    }
    if (std::string kind = special_file_system(path); !kind.empty()) {
        out.errors.push_back(fmt::format("{}: not searched: it is a special file system ({}), "
                                         "not a directory of roadmaps",
                                         path, kind));
        return out;
    }
    std::set<DirId> visited;
    first_visit(path, visited);
    std::vector<fs::path> pending{path};
    while (!pending.empty()) {
        fs::path dir = std::move(pending.back());
        pending.pop_back();
        if (!read_directory(dir, options, visited, pending, out, ec))
            out.errors.push_back(
                fmt::format("{}: cannot read directory: {}", dir.string(), ec.message()));
    }
    std::sort(out.files.begin(), out.files.end());
    return out;
}

} // namespace strat::load
