#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::simulators::mss {

/**
 * What sgl-mss-sim --seed-inbox puts in the lab's mailbox so that the demo's mailbox poll has
 * something to read: a subcontractor's CR-BIO (synthetic CDA header, fictitious patient, test INS
 * OID, attached as XML) answering the given dossier number (inFulfillmentOf; none when empty), and
 * a plain mail without document. The workstation imports the CR-BIO when the dossier's patient
 * matches, else holds it for a human, like the plain mail. Message-IDs are fixed per dossier so a
 * restart with --store does not seed twice.
 */
class MssSeedMail
{
public:
    [[nodiscard]] static QList<QByteArray> messages(const QString &labMailbox, const QString &dossierNumber,
                                                    const QDateTime &now, const QString &host);
    /** The synthetic CR-BIO (CDA R2 header) of the seed. */
    [[nodiscard]] static QByteArray subcontractorCda(const QString &dossierNumber, const QDateTime &now);
};

} // namespace sgl::simulators::mss
