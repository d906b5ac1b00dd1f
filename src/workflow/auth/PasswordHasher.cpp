#include "workflow/auth/PasswordHasher.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace sgl::workflow {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
constexpr int kMaxIterations = 50'000'000;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return PasswordHasher::deriveKey(password, salt, iterations, kKeyBytes);
}
} // namespace

QByteArray PasswordHasher::deriveKey(const QString &password, const QByteArray &salt, int iterations, int keyBytes)
{
    if (iterations < 1 || iterations > kMaxIterations || keyBytes < 1 || keyBytes > 1024)
        return {};
    const QByteArray pw = password.toUtf8();
    QByteArray key(keyBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(pw.constData(), int(pw.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), keyBytes,
                          reinterpret_cast<unsigned char *>(key.data()))
        != 1)
        return {};
    return key;
}

QString PasswordHasher::hash(const QString &password) const
{
    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return {};
    const QByteArray key = derive(password, salt, m_iterations);
    if (key.isEmpty())
        return {};
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(QString::number(m_iterations),
                                          QString::fromLatin1(salt.toBase64()),
                                          QString::fromLatin1(key.toBase64()));
}

int PasswordHasher::iterationsOf(const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 4 || parts[0] != u"pbkdf2-sha256"_s)
        return 0;
    bool ok = false;
    const int n = parts[1].toInt(&ok);
    return ok && n > 0 && n <= kMaxIterations ? n : 0;
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    const int iterations = iterationsOf(encoded);
    if (iterations == 0)
        return false;
    const QStringList parts = encoded.split(u'$');
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (salt.size() < 8 || expected.size() != kKeyBytes)
        return false;
    const QByteArray actual = derive(password, salt, iterations);
    return actual.size() == kKeyBytes
        && CRYPTO_memcmp(actual.constData(), expected.constData(), kKeyBytes) == 0;
}

} // namespace sgl::workflow
