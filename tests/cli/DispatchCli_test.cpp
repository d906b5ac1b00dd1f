// `sgl dispatch --once` and `sgl dispatch status` (issue 13 item 1) with the real executable on
// the demo database, both backends. The product has no sender yet (DMP and MSSanté come later):
// --once sends nothing and every due row is shown "en attente : canal non configuré".

#include "DemoCliTest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using sgl::testing::Backend;
using sgl::testing::DemoCliTest;

namespace {
class DispatchCli : public DemoCliTest {
protected:
    QList<QJsonObject> jsonLines(const QString &out)
    {
        QList<QJsonObject> rows;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            QJsonParseError error;
            const auto doc = QJsonDocument::fromJson(line.toUtf8(), &error);
            EXPECT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
            rows << doc.object();
        }
        return rows;
    }
};
} // namespace

TEST_P(DispatchCli, OnceWithoutSenderSendsNothingAndStatusShowsTheRowsWaiting)
{
    auto once = sgl({u"dispatch"_s, u"--once"_s, m_db});
    ASSERT_EQ(once.code, 0) << once.err.toStdString();
    EXPECT_TRUE(once.out.trimmed().isEmpty()) << once.out.toStdString();
    EXPECT_TRUE(once.err.contains(u"aucun canal configuré"_s)) << once.err.toStdString();

    auto status = sgl({u"dispatch"_s, u"status"_s, u"--json"_s, m_db});
    ASSERT_EQ(status.code, 0) << status.err.toStdString();
    const auto rows = jsonLines(status.out);
    ASSERT_FALSE(rows.isEmpty()) << "the demo issues report versions, hence outbox rows";
    int pending = 0;
    for (const QJsonObject &r : rows) {
        EXPECT_FALSE(r.value(u"dossier"_s).toString().isEmpty());
        EXPECT_NE(r.value(u"state"_s).toString(), u"sending"_s);
        EXPECT_EQ(r.value(u"attempts"_s).toInt(), 0);
        if (r.value(u"state"_s).toString() == u"pending"_s) {
            ++pending;
            EXPECT_EQ(r.value(u"state_label"_s).toString(), u"en attente : canal non configuré"_s);
            EXPECT_FALSE(r.value(u"channel_configured"_s).toBool());
        }
    }
    EXPECT_GT(pending, 0);

    // Filters: one dossier, one state; the table says the same in French.
    const QString dossier = rows.first().value(u"dossier"_s).toString();
    auto one = sgl({u"dispatch"_s, u"status"_s, u"--dossier"_s, dossier, u"--json"_s, m_db});
    ASSERT_EQ(one.code, 0) << one.err.toStdString();
    for (const QJsonObject &r : jsonLines(one.out))
        EXPECT_EQ(r.value(u"dossier"_s).toString(), dossier);
    auto table = sgl({u"dispatch"_s, u"status"_s, u"--state"_s, u"pending"_s, m_db});
    ASSERT_EQ(table.code, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(u"en attente : canal non configuré"_s)) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(u"%1 envoi(s)."_s.arg(pending))) << table.out.toStdString();
    auto sent = sgl({u"dispatch"_s, u"status"_s, u"--state"_s, u"sent"_s, u"--json"_s, m_db});
    ASSERT_EQ(sent.code, 0);
    EXPECT_TRUE(sent.out.trimmed().isEmpty());
}

TEST_P(DispatchCli, BadInputIsRefusedWithTheDocumentedExitCodes)
{
    // Without an action, the service: it refuses to run with no channel to send on.
    auto service = sgl({u"dispatch"_s, m_db});
    EXPECT_EQ(service.code, 5) << service.err.toStdString();
    EXPECT_TRUE(service.err.contains(u"le service d'envoi ne démarre pas"_s)) << service.err.toStdString();
    EXPECT_EQ(sgl({u"dispatch"_s, u"--poll"_s, u"0"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"--once"_s, u"--poll"_s, u"5"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"status"_s, u"--poll"_s, u"5"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"--once"_s, u"--lease"_s, u"1"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"--once"_s, u"--lease"_s, u"jamais"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"status"_s, u"--lease"_s, u"60"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"status"_s, u"--once"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"send"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"--once"_s, u"--limit"_s, u"0"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"--once"_s, u"--limit"_s, u"abc"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"--once"_s, u"--json"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"status"_s, u"--state"_s, u"envoyé"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"status"_s, u"--channel"_s, u"fax"_s, m_db}).code, 1);
    auto unknown = sgl({u"dispatch"_s, u"status"_s, u"--dossier"_s, u"D-NOPE-0001"_s, m_db});
    EXPECT_EQ(unknown.code, 4) << unknown.err.toStdString();
    auto technician = sgl({u"dispatch"_s, u"status"_s, u"--user"_s, u"technicien"_s, m_db});
    EXPECT_EQ(technician.code, 4) << technician.err.toStdString();
    EXPECT_TRUE(technician.err.contains(u"auth.forbidden"_s)) << technician.err.toStdString();
}

// `sgl dispatch inbox`: the demo's two received messages kept for a human (a prescriber's plain
// mail, a nonconforming subcontractor report), tab-separated; `inbox handle` with its note.
TEST_P(DispatchCli, InboxListsTheKeptMessagesAndHandleMarksOneWithItsNote)
{
    auto list = sgl({u"dispatch"_s, u"inbox"_s, m_db});
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << list.out.toStdString(); // header, two messages, count
    EXPECT_TRUE(lines[0].startsWith(u"n°\treçu le\texpéditeur\tobjet\tstatut\tmotif"_s)) << lines[0].toStdString();
    EXPECT_TRUE(list.out.contains(u"\tÀ examiner\t"_s)) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(u"\tCR-BIO non conforme\t"_s)) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(u"D-DEMO-0003"_s)) << list.out.toStdString();
    EXPECT_TRUE(lines[3].contains(u"2 message(s)."_s));
    static const QRegularExpression date(u"^\\d+\t\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\t"_s);
    EXPECT_TRUE(date.match(lines[1]).hasMatch()) << lines[1].toStdString();
    const QStringList first = lines[1].split(u'\t');
    ASSERT_EQ(first.size(), 7);
    const QString id = first[0];

    auto noNote = sgl({u"dispatch"_s, u"inbox"_s, u"handle"_s, id, m_db});
    EXPECT_EQ(noNote.code, 4) << noNote.err.toStdString();
    EXPECT_TRUE(noNote.err.contains(u"note obligatoire"_s)) << noNote.err.toStdString();
    auto unknown = sgl({u"dispatch"_s, u"inbox"_s, u"handle"_s, u"999999"_s, u"--note"_s, u"vu"_s, m_db});
    EXPECT_EQ(unknown.code, 4) << unknown.err.toStdString();
    auto stale = sgl({u"dispatch"_s, u"inbox"_s, u"handle"_s, id, u"--note"_s, u"vu"_s, u"--version"_s, u"9"_s, m_db});
    EXPECT_EQ(stale.code, 4) << stale.err.toStdString();
    EXPECT_EQ(sgl({u"dispatch"_s, u"inbox"_s, u"handle"_s, u"abc"_s, u"--note"_s, u"vu"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"inbox"_s, u"--note"_s, u"vu"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"inbox"_s, u"effacer"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"dispatch"_s, u"inbox"_s, u"--user"_s, u"technicien"_s, m_db}).code, 4);

    auto handled = sgl({u"dispatch"_s, u"inbox"_s, u"handle"_s, id, u"--note"_s, u"Expéditeur rappelé"_s, m_db});
    ASSERT_EQ(handled.code, 0) << handled.err.toStdString();
    auto open = sgl({u"dispatch"_s, u"inbox"_s, m_db});
    ASSERT_EQ(open.code, 0);
    EXPECT_TRUE(open.out.contains(u"1 message(s)."_s)) << open.out.toStdString();
    EXPECT_FALSE(open.out.contains(u"\n"_s + id + u"\t"_s)) << open.out.toStdString();
    auto all = sgl({u"dispatch"_s, u"inbox"_s, u"--all"_s, m_db});
    ASSERT_EQ(all.code, 0);
    EXPECT_TRUE(all.out.contains(u"\tTraité\t"_s)) << all.out.toStdString();
    EXPECT_TRUE(all.out.contains(u"2 message(s)."_s)) << all.out.toStdString();
    auto again = sgl({u"dispatch"_s, u"inbox"_s, u"handle"_s, id, u"--note"_s, u"encore"_s, m_db});
    EXPECT_EQ(again.code, 4) << again.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, DispatchCli, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
