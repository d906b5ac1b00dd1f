#pragma once

#include <QByteArray>
#include <QString>

namespace sgl::interop::cps {

/**
 * The card holder's PIN, held only between the dialog and the login: never copied (move only),
 * never logged, never stored, never put in an error message; its bytes are overwritten
 * (OPENSSL_cleanse) when it is wiped or destroyed. CpsCard::open consumes it and wipes it right
 * after the login, whatever the outcome.
 */
class CpsPin
{
public:
    CpsPin() = default;
    /** Takes the text and overwrites the caller's QString buffer, then clears it. */
    [[nodiscard]] static CpsPin take(QString &text);
    ~CpsPin();
    CpsPin(CpsPin &&other) noexcept;
    CpsPin &operator=(CpsPin &&other) noexcept;
    CpsPin(const CpsPin &) = delete;
    CpsPin &operator=(const CpsPin &) = delete;

    [[nodiscard]] bool isEmpty() const { return m_bytes.isEmpty(); }
    /** NUL-terminated bytes for the login call only. */
    [[nodiscard]] const char *data() const { return m_bytes.constData(); }
    /** Overwrites and empties. */
    void wipe();

private:
    QByteArray m_bytes;
};

} // namespace sgl::interop::cps
