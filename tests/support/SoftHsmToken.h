#pragma once

#include <QString>
#include <QTemporaryDir>

/**
 * A SoftHSM2 token standing for the professional's card in one test: its own configuration and
 * token directory in a temporary directory, SOFTHSM2_CONF pointed at it for this process (each
 * GoogleTest case runs in its own process under ctest). The token is initialised with
 * softhsm2-util and the test key and certificate are imported with libp11 (pkcs11-tool, from
 * OpenSC, is not a dependency). SoftHSM2 never locks a PIN, whatever the failures.
 */
class SoftHsmToken
{
public:
    static constexpr const char *kModule = "/usr/lib/softhsm/libsofthsm2.so";
    static constexpr const char *kUserPin = "4711";
    static constexpr const char *kSoPin = "12345678";

    /** Empty when SoftHSM2 can be used here; otherwise why not (printed by the skip). */
    [[nodiscard]] static QString unavailableReason();

    SoftHsmToken();
    /** Initialises a token labelled label in the free slot. Empty on success, else the error. */
    [[nodiscard]] QString initToken(const QString &label = QStringLiteral("CPS-TEST"));
    /** Imports a PEM private key and certificate as one pair (same label and id). Empty on success. */
    [[nodiscard]] QString import(const QString &keyPemPath, const QString &certPemPath, const char *label,
                                 unsigned char id);
    /** Takes the card out: the token's files are deleted, only SoftHSM2's blank slot remains. */
    void removeCard();
    [[nodiscard]] QString directory() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};
