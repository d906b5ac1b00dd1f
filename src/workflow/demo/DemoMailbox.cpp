#include "workflow/demo/DemoMailbox.h"

#include "domain/audit/AuditActor.h"
#include "interop/mss/MimeMessage.h"
#include "workflow/dispatch/MailboxPoll.h"
#include "workflow/dispatch/MailboxSource.h"

#include <map>

using namespace Qt::StringLiterals;

namespace sgl::workflow {

namespace {

/** The demo's messages, read once: everything ends up held (the poll flags them). */
class InMemoryMailbox final : public dispatch::MailboxSource {
public:
    std::map<qint64, QByteArray> messages;
    domain::Result<QList<qint64>> pending() override
    {
        QList<qint64> out;
        for (const auto &[uid, raw] : messages) {
            if (!m_flagged.contains(uid))
                out << uid;
        }
        return out;
    }
    domain::Result<QByteArray> fetch(qint64 uid) override { return messages.at(uid); }
    domain::Status markDone(qint64 uid) override
    {
        m_flagged << uid;
        return {};
    }
    domain::Status markHeld(qint64 uid) override
    {
        m_flagged << uid;
        return {};
    }

private:
    QList<qint64> m_flagged;
};

/**
 * A subcontractor's report for D-DEMO-0003 with only the header fields a summary needs: no
 * templateId, custodian, author time... so the conformity check refuses it, as a badly
 * configured subcontractor's software would. Synthetic patient (the demo's CASANOVA).
 */
QByteArray nonconformingCda()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">"
           "<id root=\"1.2.250.1.999.77.1.1\"/>"
           "<code code=\"11502-2\" codeSystem=\"2.16.840.1.113883.6.1\" displayName=\"CR d'examens biologiques\"/>"
           "<title>Compte rendu de biologie médicale</title>"
           "<effectiveTime value=\"20261206143000+0100\"/>"
           "<confidentialityCode code=\"N\"/>"
           "<setId root=\"1.2.250.1.999.77.2.1\"/><versionNumber value=\"1\"/>"
           "<recordTarget><patientRole><id root=\"1.2.250.1.999.77.3\" extension=\"ST-0042\"/>"
           "<patient><name><family qualifier=\"BR\">CASANOVA</family><given>Jean</given></name>"
           "<administrativeGenderCode code=\"M\"/></patient></patientRole></recordTarget>"
           "<author><assignedAuthor><representedOrganization><name>Laboratoire sous-traitant de démonstration</name>"
           "</representedOrganization></assignedAuthor></author>"
           "<inFulfillmentOf><order><id root=\"1.2.250.1.999.77.4\" extension=\"D-DEMO-0003\"/></order></inFulfillmentOf>"
           "</ClinicalDocument>\n";
}

} // namespace

domain::Result<int> DemoMailbox::seed(storage::Database &db, const QDateTime &now)
{
    InMemoryMailbox box;
    interop::mss::MimeMessage plain;
    plain.from = u"dr.lefevre@medecin-demo.mssante.fr"_s;
    plain.to = {u"laboratoire@labo-demo.mssante.fr"_s};
    plain.subject = u"Ajout d'une ferritine pour Mme MARTIN ?"_s;
    plain.messageId = "demo-question-1@medecin-demo.mssante.fr";
    plain.date = now.addSecs(-2 * 3600);
    plain.bodyText = u"Bonjour, pouvez-vous ajouter une ferritine sur le prélèvement de ce matin ? Cordialement."_s;
    auto first = plain.toBytes();
    if (!first)
        return std::unexpected(first.error());
    box.messages[1] = *first;

    interop::mss::MimeMessage report;
    report.from = u"resultats@soustraitant-demo.mssante.fr"_s;
    report.to = {u"laboratoire@labo-demo.mssante.fr"_s};
    report.subject = u"Compte rendu D-DEMO-0003"_s;
    report.messageId = "demo-crbio-1@soustraitant-demo.mssante.fr";
    report.date = now.addSecs(-3600);
    report.bodyText = u"Veuillez trouver ci-joint le compte rendu."_s;
    report.attachments = {{u"CR-BIO.xml"_s, "text/xml", nonconformingCda()}};
    auto second = report.toBytes();
    if (!second)
        return std::unexpected(second.error());
    box.messages[2] = *second;

    dispatch::MailboxPoll poll(db, box, domain::AuditActor::system(u"sgl demo-seed"_s, u"demo"_s),
                               [now] { return now; });
    auto done = poll.runOnce();
    if (!done)
        return std::unexpected(done.error());
    return done->held + done->nonconforming;
}

} // namespace sgl::workflow
