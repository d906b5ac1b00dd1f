#include "simulators/insi/TestPki.h"

#include "simulators/insi/ErrorCodes.h"
#include "simulators/insi/Tr.h"

#include <QDir>
#include <QFile>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace sgl::simulators::insi {

namespace {

struct PkeyDeleter {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct X509Deleter {
    void operator()(X509 *x) const { X509_free(x); }
};
using Key = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using Cert = std::unique_ptr<X509, X509Deleter>;

Key newKey()
{
    return Key(EVP_EC_gen("P-256"));
}

bool addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (ext == nullptr)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

struct Subject {
    const char *cn;
    const char *ou = nullptr;
    const char *o = "SGL TEST";
};

Cert makeCert(EVP_PKEY *key, const Subject &subject, X509 *issuer, EVP_PKEY *issuerKey, bool isCa,
              const char *eku, const char *san)
{
    Cert cert(X509_new());
    X509 *x = cert.get();
    X509_set_version(x, 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7F;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(x), -86400);
    X509_gmtime_adj(X509_getm_notAfter(x), 30L * 86400);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("FR"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(subject.o), -1, -1, 0);
    if (subject.ou != nullptr)
        X509_NAME_add_entry_by_txt(name, "OU", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(subject.ou), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(subject.cn), -1, -1, 0);
    X509 *signer = issuer != nullptr ? issuer : x;
    X509_set_issuer_name(x, X509_get_subject_name(signer));
    bool ok = true;
    if (isCa) {
        ok = ok && addExt(x, signer, NID_basic_constraints, "critical,CA:TRUE");
        ok = ok && addExt(x, signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExt(x, signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExt(x, signer, NID_key_usage, "critical,digitalSignature,keyAgreement");
        ok = ok && addExt(x, signer, NID_ext_key_usage, eku);
        if (san != nullptr)
            ok = ok && addExt(x, signer, NID_subject_alt_name, san);
    }
    ok = ok && addExt(x, signer, NID_subject_key_identifier, "hash");
    if (!ok || X509_sign(x, issuerKey != nullptr ? issuerKey : key, EVP_sha256()) == 0)
        return nullptr;
    return cert;
}

/** A card certificate: RSA (the card signs rsa-sha256), holder named as IGC-Santé does. */
struct CardSpec {
    const char *base;
    int keyUsage;             ///< 0: digitalSignature (authentication); 1: nonRepudiation only (signature)
    long fromDays;
    long toDays;
    bool rogueIssuer;
    bool cardPolicy;
};

Cert makeCardCert(EVP_PKEY *key, const CardSpec &spec, X509 *issuer, EVP_PKEY *issuerKey)
{
    Cert cert(X509_new());
    X509 *x = cert.get();
    X509_set_version(x, 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7F;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(x), spec.fromDays * 86400);
    X509_gmtime_adj(X509_getm_notAfter(x), spec.toDays * 86400);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    const auto add = [name](const char *field, const char *value) {
        X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(value), -1, -1, 0);
    };
    add("C", "FR");
    add("title", TestPki::kCardTitle);
    add("GN", TestPki::kCardGivenName);
    add("SN", TestPki::kCardSurname);
    add("CN", TestPki::kCardNationalId);
    X509_set_issuer_name(x, X509_get_subject_name(issuer));
    bool ok = addExt(x, issuer, NID_basic_constraints, "critical,CA:FALSE")
              && addExt(x, issuer, NID_key_usage, spec.keyUsage == 0 ? "critical,digitalSignature" : "critical,nonRepudiation")
              && addExt(x, issuer, NID_ext_key_usage, spec.keyUsage == 0 ? "clientAuth" : "emailProtection")
              && addExt(x, issuer, NID_subject_key_identifier, "hash");
    if (ok && spec.cardPolicy) {
        // X509V3_EXT_conf_nid cannot make certificatePolicies without a config database: built by hand.
        CERTIFICATEPOLICIES *policies = CERTIFICATEPOLICIES_new();
        POLICYINFO *info = POLICYINFO_new();
        info->policyid = OBJ_txt2obj(TestPki::kCardPolicyOid, 1);
        ok = info->policyid != nullptr && sk_POLICYINFO_push(policies, info) > 0;
        if (!ok)
            POLICYINFO_free(info);
        ok = ok && X509_add1_ext_i2d(x, NID_certificate_policies, policies, 0, X509V3_ADD_DEFAULT) == 1;
        CERTIFICATEPOLICIES_free(policies);
    }
    if (!ok || X509_sign(x, issuerKey, EVP_sha256()) == 0)
        return nullptr;
    return cert;
}

bool writePem(const QString &path, X509 *cert, EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
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
    return writePem(TestPki::file(dir, base) + QStringLiteral(".pem"), cert, nullptr)
        && writePem(TestPki::file(dir, base) + QStringLiteral(".key.pem"), nullptr, key);
}

} // namespace

QString TestPki::file(const QString &directory, const char *name)
{
    return QDir(directory).filePath(QString::fromLatin1(name));
}

domain::Status TestPki::create(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return domain::fail(errc::SimPki, Tr::tr("Impossible de créer le répertoire de la PKI de test."), directory);
    const auto failed = [&] {
        return domain::fail(errc::SimPki, Tr::tr("Échec de la génération de la PKI de test (OpenSSL)."), directory);
    };
    Key caKey = newKey();
    Key rogueKey = newKey();
    if (!caKey || !rogueKey)
        return failed();
    Cert ca = makeCert(caKey.get(), {"SGL TEST AC ORGANISATIONS"}, nullptr, nullptr, true, nullptr, nullptr);
    Cert rogue = makeCert(rogueKey.get(), {"AC NON RECONNUE"}, nullptr, nullptr, true, nullptr, nullptr);
    if (!ca || !rogue || !writePair(directory, "ca", ca.get(), caKey.get())
        || !writePair(directory, "rogue-ca", rogue.get(), rogueKey.get()))
        return failed();
    struct Leaf {
        const char *base;
        Subject subject;
        bool server;
        bool rogueIssuer;
    };
    const Leaf leaves[] = {
        {"server", {"localhost"}, true, false},
        {"client-auto", {"INSI-AUTO", "10B0152872"}, false, false},
        {"client-manu", {"INSI-MANU", "10B0152872"}, false, false},
        {"client-wrongcn", {"LABO-SGL", "10B0152872"}, false, false},
        {"client-rogue", {"INSI-AUTO", "10B0152872"}, false, true},
    };
    for (const Leaf &leaf : leaves) {
        Key key = newKey();
        if (!key)
            return failed();
        X509 *issuer = leaf.rogueIssuer ? rogue.get() : ca.get();
        EVP_PKEY *issuerKey = leaf.rogueIssuer ? rogueKey.get() : caKey.get();
        Cert cert = makeCert(key.get(), leaf.subject, issuer, issuerKey, false,
                             leaf.server ? "serverAuth" : "clientAuth",
                             leaf.server ? "DNS:localhost,IP:127.0.0.1" : nullptr);
        if (!cert || !writePair(directory, leaf.base, cert.get(), key.get()))
            return failed();
    }
    const CardSpec cards[] = {
        {"card", 0, -1, 30, false, true},
        {"card-sign", 1, -1, 30, false, true},
        {"card-expired", 0, -60, -1, false, true},
        {"card-rogue", 0, -1, 30, true, true},
        {"card-nopolicy", 0, -1, 30, false, false},
    };
    // Two RSA keys (generating them is the slow part): the card's authentication key, shared by the
    // authentication certificates (they differ by issuer, validity or policy), and its signature key.
    Key authKey(EVP_RSA_gen(2048));
    Key signKey(EVP_RSA_gen(2048));
    if (!authKey || !signKey)
        return failed();
    for (const CardSpec &card : cards) {
        EVP_PKEY *key = card.keyUsage == 0 ? authKey.get() : signKey.get();
        Cert cert = makeCardCert(key, card, card.rogueIssuer ? rogue.get() : ca.get(),
                                 card.rogueIssuer ? rogueKey.get() : caKey.get());
        if (!cert || !writePair(directory, card.base, cert.get(), key))
            return failed();
    }
    return {};
}

} // namespace sgl::simulators::insi
