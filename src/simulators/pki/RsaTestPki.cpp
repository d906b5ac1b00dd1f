#include "simulators/pki/RsaTestPki.h"

#include "simulators/pki/ErrorCodes.h"
#include "simulators/pki/Tr.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace sgl::simulators::pki {

namespace {

struct PkeyDeleter {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct X509Deleter {
    void operator()(X509 *x) const { X509_free(x); }
};
using Key = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using Cert = std::unique_ptr<X509, X509Deleter>;

constexpr long Day = 86400;

Key newKey()
{
    return Key(EVP_RSA_gen(2048));
}

bool addExt(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (ext == nullptr)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool addName(X509_NAME *name, const char *field, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      static_cast<int>(utf8.size()), -1, 0)
        == 1;
}

enum class Kind { Ca, Server, Organisation, Mail };

struct Spec {
    Kind kind;
    QString cn;
    QString o;
    QString ou;
    QString email;          ///< emailAddress RDN + SAN email: (mail client)
    long notBefore = -Day;  ///< seconds from now
    long notAfter = 365 * Day;
};

Cert makeCert(EVP_PKEY *key, const Spec &spec, X509 *issuer, EVP_PKEY *issuerKey)
{
    Cert cert(X509_new());
    X509 *x = cert.get();
    X509_set_version(x, 2);
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return nullptr;
    serial[0] &= 0x7F;
    serial[0] |= 0x01;  // positive, never a leading zero byte
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(x), spec.notBefore);
    X509_gmtime_adj(X509_getm_notAfter(x), spec.notAfter);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    bool ok = addName(name, "C", QStringLiteral("FR")) && addName(name, "O", spec.o) && addName(name, "OU", spec.ou)
           && addName(name, "CN", spec.cn) && addName(name, "emailAddress", spec.email);
    X509 *signer = issuer != nullptr ? issuer : x;
    X509_set_issuer_name(x, X509_get_subject_name(signer));
    switch (spec.kind) {
    case Kind::Ca:
        ok = ok && addExt(x, signer, NID_basic_constraints, "critical,CA:TRUE");
        ok = ok && addExt(x, signer, NID_key_usage, "critical,keyCertSign,cRLSign");
        break;
    case Kind::Server:
        ok = ok && addExt(x, signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExt(x, signer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok = ok && addExt(x, signer, NID_ext_key_usage, "serverAuth");
        ok = ok && addExt(x, signer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1");
        break;
    case Kind::Organisation:
        ok = ok && addExt(x, signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExt(x, signer, NID_key_usage, "critical,digitalSignature,nonRepudiation,keyEncipherment");
        ok = ok && addExt(x, signer, NID_ext_key_usage, "clientAuth");
        break;
    case Kind::Mail:
        ok = ok && addExt(x, signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExt(x, signer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok = ok && addExt(x, signer, NID_ext_key_usage, "clientAuth,emailProtection");
        ok = ok && addExt(x, signer, NID_subject_alt_name, "email:" + spec.email.toUtf8());
        break;
    }
    ok = ok && addExt(x, signer, NID_subject_key_identifier, "hash");
    if (issuer != nullptr)
        ok = ok && addExt(x, signer, NID_authority_key_identifier, "keyid:always");
    if (!ok || X509_sign(x, issuerKey != nullptr ? issuerKey : key, EVP_sha256()) == 0)
        return nullptr;
    return cert;
}

bool writePem(const QString &path, X509 *cert, EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    // PEM_write_bio_PrivateKey writes PKCS#8 ("BEGIN PRIVATE KEY").
    const int ok = cert != nullptr ? PEM_write_bio_X509(bio, cert)
                                   : PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QFile f(path);
    bool written = false;
    if (ok == 1 && f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (cert == nullptr)
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        written = f.write(data, len) == len;
    }
    BIO_free(bio);
    return written;
}

bool writePair(const QString &dir, const char *base, X509 *cert, EVP_PKEY *key)
{
    const QString stem = RsaTestPki::file(dir, base);
    return writePem(stem + QStringLiteral(".pem"), cert, nullptr) && writePem(stem + QStringLiteral(".key.pem"), nullptr, key);
}

constexpr const char *Bases[] = {"ca", "server", "org", "expired-org", "rogue-ca", "rogue-org", "mail-client"};

QByteArray stamp(const RsaTestPkiOptions &options)
{
    return (QStringLiteral("v1\n") + options.organisationName + QLatin1Char('\n') + options.structureId + QLatin1Char('\n')
            + options.mailbox + QLatin1Char('\n'))
        .toUtf8();
}

bool validForAWeek(const QString &certPath)
{
    QFile f(certPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pem = f.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (x == nullptr)
        return false;
    const time_t inAWeek = QDateTime::currentDateTimeUtc().addDays(7).toSecsSinceEpoch();
    time_t t = inAWeek;
    const bool ok = X509_cmp_time(X509_get0_notAfter(x), &t) > 0;
    X509_free(x);
    return ok;
}

} // namespace

domain::Status RsaTestPki::ensure(const QString &directory, const RsaTestPkiOptions &options)
{
    if (!QDir().mkpath(directory))
        return domain::fail(errc::SimPki, Tr::tr("Impossible de créer le répertoire de la PKI de test."), directory);
    QLockFile lock(file(directory, ".lock"));
    lock.setStaleLockTime(120000);
    if (!lock.tryLock(300000))
        return domain::fail(errc::SimPki, Tr::tr("PKI de test verrouillée par un autre processus."), directory);
    bool complete = validForAWeek(file(directory, "org.pem"));
    for (const char *base : Bases)
        complete = complete && QFile::exists(file(directory, base) + QStringLiteral(".pem"))
                && QFile::exists(file(directory, base) + QStringLiteral(".key.pem"));
    QFile stampFile(file(directory, "options.txt"));
    if (complete && stampFile.open(QIODevice::ReadOnly) && stampFile.readAll() == stamp(options))
        return {};
    stampFile.close();
    auto created = create(directory, options);
    if (!created)
        return created;
    if (!stampFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || stampFile.write(stamp(options)) < 0)
        return domain::fail(errc::SimPki, Tr::tr("Échec de la génération de la PKI de test RSA (OpenSSL)."), directory);
    return {};
}

QString RsaTestPki::file(const QString &directory, const char *name)
{
    return QDir(directory).filePath(QString::fromLatin1(name));
}

domain::Status RsaTestPki::create(const QString &directory, const RsaTestPkiOptions &options)
{
    if (!QDir().mkpath(directory))
        return domain::fail(errc::SimPki, Tr::tr("Impossible de créer le répertoire de la PKI de test."), directory);
    const auto failed = [&] {
        return domain::fail(errc::SimPki, Tr::tr("Échec de la génération de la PKI de test RSA (OpenSSL)."), directory);
    };
    const QString testO = QStringLiteral("SGL TEST");
    Key caKey = newKey();
    Key rogueKey = newKey();
    if (!caKey || !rogueKey)
        return failed();
    Cert ca = makeCert(caKey.get(), {Kind::Ca, QString::fromLatin1(CaCommonName), testO, {}, {}, -Day, 3650 * Day},
                       nullptr, nullptr);
    Cert rogue = makeCert(rogueKey.get(), {Kind::Ca, QStringLiteral("AC NON RECONNUE"), testO, {}, {}, -Day, 3650 * Day},
                          nullptr, nullptr);
    if (!ca || !rogue || !writePair(directory, "ca", ca.get(), caKey.get())
        || !writePair(directory, "rogue-ca", rogue.get(), rogueKey.get()))
        return failed();
    const QString orgCn = QString::fromLatin1(OrgCommonName);
    struct Leaf {
        const char *base;
        Spec spec;
        bool rogueIssuer;
    };
    const Leaf leaves[] = {
        {"server", {Kind::Server, QStringLiteral("localhost"), testO, {}, {}}, false},
        {"org", {Kind::Organisation, orgCn, options.organisationName, options.structureId, {}}, false},
        {"expired-org",
         {Kind::Organisation, orgCn, options.organisationName, options.structureId, {}, -60 * Day, -Day},
         false},
        {"rogue-org", {Kind::Organisation, orgCn, options.organisationName, options.structureId, {}}, true},
        {"mail-client", {Kind::Mail, options.mailbox, options.organisationName, options.structureId, options.mailbox}, false},
    };
    for (const Leaf &leaf : leaves) {
        Key key = newKey();
        if (!key)
            return failed();
        X509 *issuer = leaf.rogueIssuer ? rogue.get() : ca.get();
        EVP_PKEY *issuerKey = leaf.rogueIssuer ? rogueKey.get() : caKey.get();
        Cert cert = makeCert(key.get(), leaf.spec, issuer, issuerKey);
        if (!cert || !writePair(directory, leaf.base, cert.get(), key.get()))
            return failed();
    }
    return {};
}

} // namespace sgl::simulators::pki
