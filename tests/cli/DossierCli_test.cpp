// `sgl dossier create` and `sgl labels` (issue 10): the real executable on a demo database, both
// backends: JSON in and out, French errors naming the field, documented exit codes, labels as ZPL
// and PDF, reprint only with a reason.

#include "DemoCliTest.h"
#include "RefusingPort.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using sgl::testing::Backend;
using sgl::testing::CliRun;

namespace {

class DossierCli : public sgl::testing::DemoCliTest {
protected:
    static QJsonObject request(const QString &rpps = u"10003456786"_s)
    {
        return QJsonObject{{u"patientId"_s, 1},
                           {u"prescriber"_s, QJsonObject{{u"name"_s, u"Dr Claire BERNARD"_s},
                                                         {u"rpps"_s, rpps},
                                                         {u"mssante"_s, u"claire.bernard@medecin.mssante.fr"_s}}},
                           {u"exams"_s, QJsonArray{u"NFS"_s, u"GLY"_s}},
                           {u"priority"_s, u"urgent"_s},
                           {u"clinicalAnswers"_s, QJsonObject{{u"FASTING"_s, u"oui"_s}}},
                           {u"correspondents"_s, QJsonArray{QJsonObject{{u"name"_s, u"Dr Paul DURAND"_s}}}}};
    }
    static QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

    QByteArray readFile(const QString &path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        return f.readAll();
    }
};

TEST_P(DossierCli, CreatesADossierAndWritesItsLabels)
{
    auto created = sgl({u"dossier"_s, u"create"_s, m_db}, bytes(request()));
    ASSERT_EQ(created.code, 0) << created.err.toStdString();
    const QJsonObject out = QJsonDocument::fromJson(created.out.toUtf8()).object();
    const QJsonObject dossier = out.value(u"dossier"_s).toObject();
    EXPECT_TRUE(dossier.value(u"number"_s).toString().startsWith(u'D')) << created.out.toStdString();
    EXPECT_EQ(dossier.value(u"priority"_s).toString(), u"urgent"_s);
    EXPECT_EQ(dossier.value(u"version"_s).toInt(), 1);
    const QJsonArray tubes = out.value(u"tubes"_s).toArray();
    ASSERT_EQ(tubes.size(), 2); // EDTA + fluoride
    EXPECT_TRUE(out.value(u"warnings"_s).toArray().isEmpty());
    const QString number = dossier.value(u"number"_s).toString();
    const QString barcode = tubes[0].toObject().value(u"barcode"_s).toString();

    const QString zpl = m_home.path() + u"/labels.zpl"_s;
    auto first = sgl({u"labels"_s, m_db, u"--dossier"_s, number, u"--format"_s, u"zpl"_s, u"--out"_s, zpl});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    const QByteArray data = readFile(zpl);
    EXPECT_EQ(data.count("^XA"), 2);
    EXPECT_TRUE(data.contains(barcode.toLatin1())) << data.left(300).toStdString();

    // Second time: a reprint, refused without reason (exit 4, file untouched), then accepted.
    const QString pdf = m_home.path() + u"/labels.pdf"_s;
    auto refused = sgl({u"labels"_s, m_db, u"--dossier"_s, number, u"--format"_s, u"pdf"_s, u"--out"_s, pdf});
    EXPECT_EQ(refused.code, 4);
    EXPECT_TRUE(refused.err.contains(u"motif de la réimpression"_s)) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
    auto reprint = sgl({u"labels"_s, m_db, u"--dossier"_s, QString::number(dossier.value(u"id"_s).toInteger()),
                        u"--format"_s, u"pdf"_s, u"--out"_s, pdf, u"--tube"_s, barcode, u"--reprint-reason"_s,
                        u"Étiquette abîmée"_s});
    ASSERT_EQ(reprint.code, 0) << reprint.err.toStdString();
    EXPECT_TRUE(reprint.out.contains(u"réimpression"_s));
    EXPECT_TRUE(readFile(pdf).startsWith("%PDF"));
    EXPECT_EQ(sgl({u"verify-audit"_s, m_db}).code, 0);
}

TEST_P(DossierCli, LabelsGoStraightToAZebraPrinter)
{
    auto created = sgl({u"dossier"_s, u"create"_s, m_db}, bytes(request()));
    ASSERT_EQ(created.code, 0) << created.err.toStdString();
    const QString number = QJsonDocument::fromJson(created.out.toUtf8()).object().value(u"dossier"_s).toObject()
                               .value(u"number"_s).toString();
    ASSERT_FALSE(number.isEmpty()) << created.out.toStdString();
    // With --printer, no --out nor --format: usage error.
    EXPECT_EQ(sgl({u"labels"_s, m_db, u"--dossier"_s, number, u"--printer"_s, u"tcp://127.0.0.1"_s, u"--out"_s,
                   u"x.zpl"_s}).code,
              1);
    auto typo = sgl({u"labels"_s, m_db, u"--dossier"_s, number, u"--printer"_s, u"zebra-accueil"_s});
    EXPECT_EQ(typo.code, 4) << typo.err.toStdString();
    EXPECT_TRUE(typo.err.contains(u"labels.printer_destination_invalid"_s)) << typo.err.toStdString();
    sgl::testing::RefusingPort down;
    ASSERT_TRUE(down.isValid());
    auto unreachable = sgl({u"labels"_s, m_db, u"--dossier"_s, number, u"--printer"_s,
                            u"tcp://127.0.0.1:%1"_s.arg(down.port())});
    EXPECT_EQ(unreachable.code, 5) << unreachable.err.toStdString();
    EXPECT_TRUE(unreachable.err.contains(u"labels.printer_unreachable"_s)) << unreachable.err.toStdString();
    // Nothing was recorded: the first print still needs no reason.
    const QString zpl = m_home.path() + u"/first.zpl"_s;
    auto first = sgl({u"labels"_s, m_db, u"--dossier"_s, number, u"--format"_s, u"zpl"_s, u"--out"_s, zpl});
    EXPECT_EQ(first.code, 0) << first.err.toStdString();
}

TEST_P(DossierCli, BadRequestsNameTheFieldAndExitWithFour)
{
    auto notJson = sgl({u"dossier"_s, u"create"_s, m_db}, "{\"patientId\": 1,");
    EXPECT_EQ(notJson.code, 4);
    EXPECT_TRUE(notJson.err.contains(u"JSON illisible"_s)) << notJson.err.toStdString();

    QJsonObject noName = request();
    noName.insert(u"prescriber"_s, QJsonObject{{u"rpps"_s, u"10003456786"_s}});
    auto missing = sgl({u"dossier"_s, u"create"_s, m_db}, bytes(noName));
    EXPECT_EQ(missing.code, 4);
    EXPECT_TRUE(missing.err.contains(u"prescriber.name"_s)) << missing.err.toStdString();

    QJsonObject noAnswer = request();
    noAnswer.remove(u"clinicalAnswers"_s);
    auto unanswered = sgl({u"dossier"_s, u"create"_s, m_db}, bytes(noAnswer));
    EXPECT_EQ(unanswered.code, 4);
    EXPECT_TRUE(unanswered.err.contains(u"FASTING"_s)) << unanswered.err.toStdString();

    QJsonObject unknownExam = request();
    unknownExam.insert(u"exams"_s, QJsonArray{u"NFS"_s, u"NOPE"_s});
    auto unknown = sgl({u"dossier"_s, u"create"_s, m_db}, bytes(unknownExam));
    EXPECT_EQ(unknown.code, 4);
    EXPECT_TRUE(unknown.err.contains(u"NOPE"_s)) << unknown.err.toStdString();

    EXPECT_EQ(sgl({u"dossier"_s, m_db}, bytes(request())).code, 1) << "subcommand required";
    EXPECT_EQ(sgl({u"labels"_s, m_db, u"--dossier"_s, u"D999999-9999"_s, u"--format"_s, u"zpl"_s}).code, 1);
    auto noDossier = sgl({u"labels"_s, m_db, u"--dossier"_s, u"D999999-9999"_s, u"--format"_s, u"zpl"_s, u"--out"_s,
                          m_home.path() + u"/x.zpl"_s});
    EXPECT_EQ(noDossier.code, 4) << noDossier.err.toStdString();
}

TEST_P(DossierCli, WrongRppsKeyIsAWarningNotARefusal)
{
    const QString input = m_home.path() + u"/request.json"_s;
    QFile f(input);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes(request(u"10003456787"_s)));
    f.close();
    auto created = sgl({u"dossier"_s, u"create"_s, u"--in"_s, input, u"--user"_s, u"secretaire"_s, m_db});
    ASSERT_EQ(created.code, 0) << created.err.toStdString();
    EXPECT_TRUE(created.err.contains(u"avertissement"_s)) << created.err.toStdString();
    const QJsonArray warnings = QJsonDocument::fromJson(created.out.toUtf8()).object().value(u"warnings"_s).toArray();
    ASSERT_EQ(warnings.size(), 1) << created.out.toStdString();
    EXPECT_TRUE(warnings[0].toString().contains(u"RPPS"_s));
    // A user without the permission is refused by the use case (exit 4).
    auto admin = sgl({u"dossier"_s, u"create"_s, u"--user"_s, u"admin"_s, m_db}, bytes(request()));
    EXPECT_EQ(admin.code, 4) << admin.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, DossierCli, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);

} // namespace
