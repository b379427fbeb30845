#include "util/fd_stream.hpp"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace strat::util {

FdOutBuf::FdOutBuf(int fd) : fd_(fd) {
    setp(buffer_, buffer_ + sizeof buffer_);
}

FdOutBuf::~FdOutBuf() {
    sync();
}

void FdOutBuf::mark_closed() {
    closed_ = true;
}

bool FdOutBuf::write_all(const char* data, std::size_t size) {
    if (error_ != 0)
        return false;
    if (closed_ && size > 0) {
        error_ = EBADF;
        return false;
    }
    while (size > 0) {
        ssize_t n = ::write(fd_, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error_ = errno;
            return false;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

FdOutBuf::int_type FdOutBuf::overflow(int_type c) {
    if (sync() != 0)
        return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int FdOutBuf::sync() {
    auto size = static_cast<std::size_t>(pptr() - pbase());
    setp(buffer_, buffer_ + sizeof buffer_);
    return write_all(buffer_, size) ? 0 : -1;
}

std::streamsize FdOutBuf::xsputn(const char* data, std::streamsize size) {
    if (size <= epptr() - pptr()) {
        traits_type::copy(pptr(), data, static_cast<std::size_t>(size));
        pbump(static_cast<int>(size));
        return size;
    }
    if (sync() != 0 || !write_all(data, static_cast<std::size_t>(size)))
        return 0;
    return size;
}

bool reserve_standard_descriptors() {
    bool stdout_closed = false;
    for (int fd = 0; fd <= 2; ++fd) {
        if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        int opened = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (opened >= 0 && opened != fd) { // a lower descriptor was closed too: move it
            dup2(opened, fd);
            close(opened);
        }
        stdout_closed = stdout_closed || fd == 1;
    }
    return stdout_closed;
}

} // namespace strat::util
