#pragma once
/// Standard output as a stream buffer over its file descriptor, so that a failed write
/// (a full disk, a closed descriptor) is seen, with its errno, instead of being lost in
/// the C library's buffer.

#include <streambuf>

namespace strat::util {

class FdOutBuf : public std::streambuf {
public:
    explicit FdOutBuf(int fd);
    ~FdOutBuf() override;
    FdOutBuf(const FdOutBuf&) = delete;
    FdOutBuf& operator=(const FdOutBuf&) = delete;

    /// The descriptor was closed when strat started (and something else now holds its
    /// number): every write fails with EBADF.
    void mark_closed();
    /// errno of the first write that failed; 0 when none did.
    int error() const { return error_; }

protected:
    int_type overflow(int_type c) override;
    int sync() override;
    std::streamsize xsputn(const char* data, std::streamsize size) override;

private:
    bool write_all(const char* data, std::size_t size);

    int fd_;
    int error_ = 0;
    bool closed_ = false;
    char buffer_[1 << 16];
};

/// Descriptors 0, 1 and 2 that are closed at start are opened on /dev/null, so no file
/// strat opens later takes their number. Returns true when descriptor 1 was closed.
bool reserve_standard_descriptors();

} // namespace strat::util
