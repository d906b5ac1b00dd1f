// The web portal's contextual entry of the real sgl-dmp-sim executable (TD0.9): the URL the SGL
// builds (interop::dmp::DmpWebAccessRequest) opens a page echoing the patient and professional
// context; a missing or malformed parameter gets a 400 French page.

#include "domain/identity/NirKey.h"
#include "interop/dmp/DmpWebAccessRequest.h"
#include "interop/psc/PscHttp.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using sgl::interop::dmp::DmpWebAccessContext;
using sgl::interop::dmp::DmpWebAccessRequest;
using sgl::interop::psc::PscHttp;
using sgl::interop::psc::PscHttpRequest;
using sgl::interop::psc::PscTransportConfig;

namespace {

class DmpWebPortalExecutable : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir();
        QProcess make;
        make.start(QStringLiteral(SGL_DMP_SIM_PATH), {u"--make-pki"_s, s_dir->path()});
        ASSERT_TRUE(make.waitForFinished(60000));
        ASSERT_EQ(make.exitCode(), 0) << make.readAllStandardError().toStdString();
        s_sim = new QProcess();
        s_sim->start(QStringLiteral(SGL_DMP_SIM_PATH), {u"--pki"_s, s_dir->path(), u"--port"_s, u"0"_s,
                                                         u"--no-signature-check"_s, u"--without-dmp"_s, withoutDmp().full()});
        ASSERT_TRUE(s_sim->waitForStarted(10000));
        QByteArray out;
        static const QRegularExpression web(u"Accès web : (https://127\\.0\\.0\\.1:\\d+/web-ps/acces-contexte)"_s);
        for (int i = 0; i < 150 && !web.match(QString::fromUtf8(out)).hasMatch(); ++i) {
            s_sim->waitForReadyRead(200);
            out += s_sim->readAllStandardOutput();
        }
        const auto m = web.match(QString::fromUtf8(out));
        ASSERT_TRUE(m.hasMatch()) << out.toStdString() << s_sim->readAllStandardError().toStdString();
        s_url = new QString(m.captured(1));
    }
    static void TearDownTestSuite()
    {
        if (s_sim) {
            s_sim->terminate();
            s_sim->waitForFinished(10000);
        }
        delete s_sim;
        delete s_url;
        delete s_dir;
        s_sim = nullptr;
        s_url = nullptr;
        s_dir = nullptr;
    }
    void SetUp() override
    {
        if (!s_url)
            GTEST_FAIL() << "simulator not started";
    }

    static sgl::domain::Ins ins(const QString &matricule)
    {
        sgl::domain::Ins i;
        i.matricule = matricule;
        i.key = sgl::domain::NirKey::computeText(matricule);
        i.oid = u"1.2.250.1.213.1.4.10"_s;
        return i;
    }
    static sgl::domain::Ins withoutDmp() { return ins(u"1840563220071"_s); }

    static DmpWebAccessContext context()
    {
        return {*s_url, ins(u"2800275056123"_s), u"10101010105"_s, u"SGL"_s, u"1.2.3"_s};
    }

    static std::pair<int, QString> get(const QString &url)
    {
        PscHttpRequest r;
        r.url = url;
        PscTransportConfig t;
        t.caBundlePath = QDir(s_dir->path()).filePath(u"ca.pem"_s);
        auto answer = PscHttp::send(r, t);
        EXPECT_TRUE(answer) << (answer ? std::string() : answer.error().toString().toStdString());
        if (!answer)
            return {0, {}};
        EXPECT_TRUE(answer->contentType.startsWith("text/html")) << answer->contentType.toStdString();
        return {answer->status, QString::fromUtf8(answer->body)};
    }
    /** The URL the SGL would open, with `key` removed or replaced by `value`. */
    static QString variant(const QString &key, const QString &value, bool remove = false)
    {
        auto built = DmpWebAccessRequest::build(context());
        EXPECT_TRUE(built);
        QUrl url = *built;
        QUrlQuery q(url);
        q.removeAllQueryItems(key);
        if (!remove)
            q.addQueryItem(key, value);
        url.setQuery(q);
        return url.toString(QUrl::FullyEncoded);
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QProcess *s_sim = nullptr;
    static inline QString *s_url = nullptr;
};

} // namespace

TEST_F(DmpWebPortalExecutable, PageEchoesThePatientAndProfessionalContext)
{
    auto built = DmpWebAccessRequest::build(context());
    ASSERT_TRUE(built) << built.error().toString().toStdString();
    const auto [status, page] = get(built->toString(QUrl::FullyEncoded));
    ASSERT_EQ(status, 200) << page.toStdString();
    EXPECT_TRUE(page.contains(u"<dd id=\"ins\">%1</dd>"_s.arg(context().ins.full()))) << page.toStdString();
    EXPECT_TRUE(page.contains(u"<dd id=\"ins-oid\">1.2.250.1.213.1.4.10</dd>"_s));
    EXPECT_TRUE(page.contains(u"<dd id=\"ins-kind\">NIR de test</dd>"_s));
    EXPECT_TRUE(page.contains(u"<dd id=\"rpps-hint\">10101010105</dd>"_s));
    EXPECT_TRUE(page.contains(u"<dd id=\"lps-name\">SGL</dd>"_s));
    EXPECT_TRUE(page.contains(u"<dd id=\"lps-version\">1.2.3</dd>"_s));
    EXPECT_TRUE(page.contains(u"<dd id=\"dmp-status\">DMP existant"_s)) << page.toStdString();
    EXPECT_TRUE(page.contains(u"lang=\"fr\""_s));
}

TEST_F(DmpWebPortalExecutable, PatientWithoutDmpIsSaidSo)
{
    DmpWebAccessContext c = context();
    c.ins = withoutDmp();
    auto built = DmpWebAccessRequest::build(c);
    ASSERT_TRUE(built);
    const auto [status, page] = get(built->toString(QUrl::FullyEncoded));
    ASSERT_EQ(status, 200);
    EXPECT_TRUE(page.contains(u"<dd id=\"dmp-status\">pas de DMP pour cet INS</dd>"_s)) << page.toStdString();
}

TEST_F(DmpWebPortalExecutable, RppsHintIsOptional)
{
    const auto [status, page] = get(variant(u"rpps_hint"_s, {}, true));
    ASSERT_EQ(status, 200);
    EXPECT_TRUE(page.contains(u"<dd id=\"rpps-hint\">non transmis</dd>"_s));
}

TEST_F(DmpWebPortalExecutable, MissingOrMalformedParametersGetA400FrenchPage)
{
    struct Case {
        QString key;
        QString value;
        bool remove;
        QString expected;
    };
    const QString wrongKey = context().ins.matricule + (context().ins.key == u"00"_s ? u"01"_s : u"00"_s);
    const QList<Case> cases{
        {u"ins"_s, {}, true, u"Paramètre « ins » manquant"_s},
        {u"ins_oid"_s, {}, true, u"Paramètre « ins_oid » manquant"_s},
        {u"ins"_s, wrongKey, false, u"INS mal formé"_s},
        {u"ins"_s, u"28002750561"_s, false, u"INS mal formé"_s},
        {u"ins_oid"_s, u"1.2.250.1.999"_s, false, u"OID d'INS non accepté"_s},
        {u"rpps_hint"_s, u"12AB"_s, false, u"Paramètre « rpps_hint » invalide"_s},
        {u"lps_name"_s, {}, true, u"Paramètre « lps_name » manquant"_s},
    };
    for (const Case &c : cases) {
        const auto [status, page] = get(variant(c.key, c.value, c.remove));
        EXPECT_EQ(status, 400) << c.key.toStdString() << "=" << c.value.toStdString();
        EXPECT_TRUE(page.contains(c.expected)) << page.toStdString();
        EXPECT_FALSE(page.contains(u"id=\"ins\""_s)) << "no context shown on a refusal";
    }
}
