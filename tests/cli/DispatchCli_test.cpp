// `sgl dispatch --once` and `sgl dispatch status` (issue 13 item 1) with the real executable on
// the demo database, both backends. The product has no sender yet (DMP and MSSanté come later):
// --once sends nothing and every due row is shown "en attente : canal non configuré".

#include "DemoCliTest.h"

#include <QJsonDocument>
#include <QJsonObject>

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

INSTANTIATE_TEST_SUITE_P(Backends, DispatchCli, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
