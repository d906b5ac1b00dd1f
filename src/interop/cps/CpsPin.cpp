#include "interop/cps/CpsPin.h"

#include <openssl/crypto.h>

#include <utility>

namespace sgl::interop::cps {

CpsPin CpsPin::take(QString &text)
{
    CpsPin pin;
    pin.m_bytes = text.toUtf8();
    pin.m_bytes.detach();
    if (!text.isEmpty()) {
        text.detach();
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
    return pin;
}

CpsPin::~CpsPin()
{
    wipe();
}

CpsPin::CpsPin(CpsPin &&other) noexcept : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{
}

CpsPin &CpsPin::operator=(CpsPin &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

void CpsPin::wipe()
{
    // Only this object holds the bytes (never copied, detached at creation): data() overwrites them in place.
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    m_bytes.clear();
}

} // namespace sgl::interop::cps
