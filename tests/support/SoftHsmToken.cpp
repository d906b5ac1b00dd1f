#include "SoftHsmToken.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <libp11.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <cstdio>
#include <memory>

namespace {

QString tokenDir(const QString &root)
{
    return QDir(root).filePath(QStringLiteral("tokens"));
}

struct FileCloser {
    void operator()(FILE *f) const { std::fclose(f); }
};

} // namespace

QString SoftHsmToken::unavailableReason()
{
    if (!QFileInfo::exists(QString::fromLatin1(kModule)))
        return QStringLiteral("SoftHSM2 absent (%1 introuvable : paquet softhsm2)").arg(QString::fromLatin1(kModule));
    if (QStandardPaths::findExecutable(QStringLiteral("softhsm2-util")).isEmpty())
        return QStringLiteral("softhsm2-util absent du PATH (paquet softhsm2)");
    return {};
}

SoftHsmToken::SoftHsmToken()
{
    QDir().mkpath(tokenDir(m_dir.path()));
    const QString conf = QDir(m_dir.path()).filePath(QStringLiteral("softhsm2.conf"));
    QFile f(conf);
    if (f.open(QIODevice::WriteOnly)) {
        f.write("directories.tokendir = " + QFile::encodeName(tokenDir(m_dir.path())) + "\n"
                "objectstore.backend = file\nlog.level = ERROR\nslots.removable = true\n");
        f.close();
    }
    qputenv("SOFTHSM2_CONF", QFile::encodeName(conf));
}

QString SoftHsmToken::initToken(const QString &label)
{
    QProcess p;
    p.start(QStringLiteral("softhsm2-util"),
            {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), label,
             QStringLiteral("--so-pin"), QString::fromLatin1(kSoPin), QStringLiteral("--pin"), QString::fromLatin1(kUserPin)});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("softhsm2-util --init-token: ") + QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput());
    return {};
}

QString SoftHsmToken::import(const QString &keyPemPath, const QString &certPemPath, const char *label, unsigned char id)
{
    std::unique_ptr<FILE, FileCloser> keyFile(std::fopen(QFile::encodeName(keyPemPath).constData(), "r"));
    std::unique_ptr<FILE, FileCloser> certFile(std::fopen(QFile::encodeName(certPemPath).constData(), "r"));
    if (!keyFile || !certFile)
        return QStringLiteral("clé ou certificat de test illisible");
    EVP_PKEY *key = PEM_read_PrivateKey(keyFile.get(), nullptr, nullptr, nullptr);
    X509 *cert = PEM_read_X509(certFile.get(), nullptr, nullptr, nullptr);
    PKCS11_CTX *ctx = PKCS11_CTX_new();
    QString error;
    PKCS11_SLOT *slotList = nullptr;
    unsigned int count = 0;
    if (key == nullptr || cert == nullptr)
        error = QStringLiteral("PEM de test illisible");
    else if (PKCS11_CTX_load(ctx, kModule) != 0)
        error = QStringLiteral("PKCS11_CTX_load");
    else if (PKCS11_enumerate_slots(ctx, &slotList, &count) != 0)
        error = QStringLiteral("PKCS11_enumerate_slots");
    if (error.isEmpty()) {
        PKCS11_SLOT *slot = nullptr;
        for (unsigned int i = 0; i < count && slot == nullptr; ++i)
            if (slotList[i].token != nullptr && slotList[i].token->initialized != 0)
                slot = &slotList[i];
        std::string keyLabel(label);
        if (slot == nullptr)
            error = QStringLiteral("aucun jeton initialisé");
        else if (PKCS11_open_session(slot, 1) != 0 || PKCS11_login(slot, 0, kUserPin) != 0)
            error = QStringLiteral("connexion au jeton");
        else if (PKCS11_store_private_key(slot->token, key, keyLabel.data(), &id, 1) != 0)
            error = QStringLiteral("PKCS11_store_private_key");
        else if (PKCS11_store_certificate(slot->token, cert, keyLabel.data(), &id, 1, nullptr) != 0)
            error = QStringLiteral("PKCS11_store_certificate");
        if (slot != nullptr)
            PKCS11_logout(slot);
        PKCS11_release_all_slots(ctx, slotList, count);
        PKCS11_CTX_unload(ctx);
    }
    PKCS11_CTX_free(ctx);
    EVP_PKEY_free(key);
    X509_free(cert);
    ERR_clear_error();
    return error;
}

void SoftHsmToken::removeCard()
{
    QDir(tokenDir(m_dir.path())).removeRecursively();
    QDir().mkpath(tokenDir(m_dir.path()));
}
