// Automates ▸ Profils (issue 11 §4): the profile list, the editor's refusals next to their field
// (AnalyzerProfileJson::validate and the store's), reason on save, activation, JSON export and
// import with its preview, the shipped profiles, the technician's refusal, the 1366x768 fit;
// through the real AnalyzerProfileStore on both databases, models under QAbstractItemModelTester.
#include "AnalyzerGuiFixture.h"

#include "app/analyzers/AnalyzerProfileDialog.h"
#include "app/analyzers/AnalyzerProfileListModel.h"
#include "app/analyzers/AnalyzerProfilesPanel.h"
#include "app/analyzers/AnalyzersView.h"
#include "app/analyzers/ProfileImportDialog.h"
#include "app/analyzers/ProfileMappingsEditor.h"
#include "domain/analyzer/AnalyzerProfileJson.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace sgl::app::test {
namespace {

using domain::analyzer::AnalyzerProfile;

QString styleSheet()
{
    QFile style(QStringLiteral(":/styles/sgl.qss"));
    return style.open(QIODevice::ReadOnly) ? QString::fromUtf8(style.readAll()) : QString();
}

class AnalyzerProfilesTest : public AnalyzerGuiFixture {
protected:
    std::unique_ptr<AnalyzersView> view(const domain::UserSession &s)
    {
        auto v = std::make_unique<AnalyzersView>(services(s), s);
        v->setStyleSheet(styleSheet());
        v->resize(1366 - 200, 640);
        v->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(v.get()));
        return v;
    }

    AnalyzerProfile stored(const QString &name)
    {
        auto p = workflow::analyzers::AnalyzerProfileStore(*m_db, m_admin).get(name);
        EXPECT_TRUE(p) << (p ? std::string() : p.error().toString().toStdString());
        return p.value_or(AnalyzerProfile{});
    }

    std::unique_ptr<AnalyzerProfileDialog> editor(const AnalyzerProfile &p, AnalyzerServices &s)
    {
        return std::make_unique<AnalyzerProfileDialog>(
            p, false, s.analyses().value_or(QList<AnalysisChoice>{}),
            [&s](const AnalyzerProfile &edited, const QString &reason) -> domain::Status {
                auto saved = s.profiles().save(edited, reason);
                if (!saved)
                    return std::unexpected(saved.error());
                return {};
            });
    }
};

TEST_P(AnalyzerProfilesTest, AdministratorSeesTheProfilesAndInstallsTheShippedOnes)
{
    auto v = view(m_admin);
    ASSERT_NE(v->profilesPanel(), nullptr);
    AnalyzerProfilesPanel *panel = v->profilesPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(panel->model()->rowCount(), 1) << panel->messageText().toStdString();
    const auto cell = [&](int row, int column) { return panel->model()->index(row, column).data().toString(); };
    EXPECT_EQ(cell(0, AnalyzerProfileListModel::Name), QStringLiteral("test-astm"));
    EXPECT_EQ(cell(0, AnalyzerProfileListModel::Protocol), QStringLiteral("ASTM E1394"));
    EXPECT_EQ(cell(0, AnalyzerProfileListModel::Transport), QStringLiteral("Serveur TCP 0.0.0.0:5101"));
    EXPECT_EQ(cell(0, AnalyzerProfileListModel::AnalyzerId), QStringLiteral("COBAS"));
    EXPECT_EQ(cell(0, AnalyzerProfileListModel::Active), QStringLiteral("oui"));
    EXPECT_EQ(cell(0, AnalyzerProfileListModel::Mappings), QStringLiteral("0"));

    EXPECT_TRUE(panel->installShipped()) << panel->messageText().toStdString();
    EXPECT_GT(panel->model()->rowCount(), 2);
    EXPECT_GE(panel->model()->rowOf(QStringLiteral("astm-generic")), 0);
    EXPECT_GE(panel->model()->rowOf(QStringLiteral("law-generic")), 0);
    EXPECT_FALSE(panel->table()->horizontalScrollBar()->isVisible()) << "the list fits 1366 px without scrolling";
    EXPECT_TRUE(panel->installShipped());
    EXPECT_FALSE(panel->messageIsError()) << "installing again adds nothing and refuses nothing";
}

TEST_P(AnalyzerProfilesTest, EditorShowsRefusalsNextToTheirFieldAndSavesWithAReason)
{
    auto s = services(m_admin);
    auto dialog = editor(stored(QStringLiteral("test-astm")), *s);
    dialog->setStyleSheet(styleSheet());
    dialog->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    EXPECT_LE(dialog->width(), 1366);
    EXPECT_LE(dialog->height(), 700) << "leaves room for a taskbar and the title bar on a 768-pixel screen";

    qobject_cast<QSpinBox *>(dialog->field(QStringLiteral("transport.port")))->setValue(0);
    EXPECT_FALSE(dialog->save(QStringLiteral("essai")));
    EXPECT_FALSE(dialog->fieldError(QStringLiteral("transport.port")).isEmpty());
    EXPECT_EQ(dialog->tabs()->currentIndex(), 1) << "the Liaison tab is shown";
    qobject_cast<QSpinBox *>(dialog->field(QStringLiteral("transport.port")))->setValue(5102);

    qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("specimenId")))->setText(QStringLiteral("OBX-3.1"));
    EXPECT_FALSE(dialog->save(QStringLiteral("essai")));
    EXPECT_FALSE(dialog->fieldError(QStringLiteral("specimenId")).isEmpty()) << "an HL7 place in an ASTM profile";
    EXPECT_TRUE(dialog->fieldError(QStringLiteral("transport.port")).isEmpty()) << "errors are cleared on retry";
    EXPECT_EQ(dialog->tabs()->currentIndex(), 2);
    qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("specimenId")))->setText(QStringLiteral("O-3.1"));

    dialog->mappings()->addCodeRow({QStringLiteral("GLUX"), QStringLiteral("GLU"), 1.0});
    dialog->mappings()->addCodeRow({QStringLiteral("GLUX"), QStringLiteral("GLU"), 1.0});
    EXPECT_FALSE(dialog->save(QStringLiteral("essai")));
    EXPECT_FALSE(dialog->fieldError(QStringLiteral("codeMappings")).isEmpty()) << "duplicate test code";
    dialog->mappings()->codeTable()->removeRow(1);
    dialog->mappings()->codeTable()->item(0, 2)->setText(QStringLiteral("abc"));
    EXPECT_FALSE(dialog->save(QStringLiteral("essai")));
    EXPECT_FALSE(dialog->fieldError(QStringLiteral("codeMappings")).isEmpty()) << "a factor that is not a number";
    dialog->mappings()->codeTable()->item(0, 2)->setText(QStringLiteral("0,5"));

    EXPECT_FALSE(dialog->save(QString())) << "the store requires a reason";
    EXPECT_FALSE(dialog->fieldError({}).isEmpty());
    EXPECT_EQ(stored(QStringLiteral("test-astm")).transport.port, 5101) << "a refusal writes nothing";

    EXPECT_TRUE(dialog->save(QStringLiteral("port changé par l'installateur"))) << dialog->fieldError({}).toStdString();
    const AnalyzerProfile after = stored(QStringLiteral("test-astm"));
    EXPECT_EQ(after.transport.port, 5102);
    ASSERT_EQ(after.codeMappings.size(), 1);
    EXPECT_DOUBLE_EQ(after.codeMappings.first().factor, 0.5);
}

TEST_P(AnalyzerProfilesTest, ExportThenImportWithPreview)
{
    auto v = view(m_admin);
    AnalyzerProfilesPanel *panel = v->profilesPanel();
    ASSERT_NE(panel, nullptr);
    const QString file = m_dir.filePath(QStringLiteral("profils.json"));
    ASSERT_TRUE(panel->exportTo(file)) << panel->messageText().toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto profiles = domain::analyzer::AnalyzerProfileJson::parseDocument(f.readAll());
    f.close();
    ASSERT_TRUE(profiles) << profiles.error().toString().toStdString();
    ASSERT_EQ(profiles->size(), 1);

    QList<AnalyzerProfile> incoming = *profiles;
    incoming[0].label = QStringLiteral("Automate renommé");
    AnalyzerProfile added = incoming[0];
    added.name = QStringLiteral("test-astm-2");
    added.transport.port = 5103;
    incoming.append(added);
    const QList<AnalyzerProfile> existing = panel->model()->profiles();
    EXPECT_EQ(ProfileImportDialog::changeOf(incoming[0], existing), ProfileImportDialog::Change::Changed);
    EXPECT_EQ(ProfileImportDialog::changeOf(incoming[1], existing), ProfileImportDialog::Change::New);
    EXPECT_EQ(ProfileImportDialog::changeOf(profiles->first(), existing), ProfileImportDialog::Change::Unchanged);
    ProfileImportDialog preview(file, incoming, existing, [](const QString &) -> domain::Status { return {}; });
    EXPECT_EQ(preview.table()->rowCount(), 2);

    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(domain::analyzer::AnalyzerProfileJson::toDocument(incoming));
    out.close();
    EXPECT_FALSE(panel->importFrom(file, QString())) << "a reason is required";
    EXPECT_TRUE(panel->messageIsError());
    EXPECT_EQ(panel->model()->rowCount(), 1);
    EXPECT_TRUE(panel->importFrom(file, QStringLiteral("second automate"))) << panel->messageText().toStdString();
    EXPECT_EQ(panel->model()->rowCount(), 2);
    EXPECT_EQ(stored(QStringLiteral("test-astm")).label, QStringLiteral("Automate renommé"));

    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(R"({"schema": "sgl-analyzer-profile/1", "name": "BAD NAME"})");
    out.close();
    EXPECT_FALSE(panel->importFrom(file, QStringLiteral("essai")));
    EXPECT_TRUE(panel->messageIsError());
    EXPECT_EQ(panel->model()->rowCount(), 2) << "all or nothing";
}

TEST_P(AnalyzerProfilesTest, ActivationTakesAReason)
{
    auto v = view(m_admin);
    AnalyzerProfilesPanel *panel = v->profilesPanel();
    ASSERT_TRUE(panel->selectProfile(QStringLiteral("test-astm")));
    EXPECT_FALSE(panel->setSelectedActive(false, QString()));
    EXPECT_TRUE(panel->messageIsError());
    EXPECT_TRUE(stored(QStringLiteral("test-astm")).active);
    EXPECT_TRUE(panel->setSelectedActive(false, QStringLiteral("automate en panne"))) << panel->messageText().toStdString();
    EXPECT_FALSE(stored(QStringLiteral("test-astm")).active);
    EXPECT_EQ(panel->model()->index(0, AnalyzerProfileListModel::Active).data().toString(), QStringLiteral("non"));
}

TEST_P(AnalyzerProfilesTest, TechnicianSeesLinksOnlyAndTheStoreRefusesEdits)
{
    auto v = view(m_tech);
    EXPECT_EQ(v->profilesPanel(), nullptr);
    EXPECT_EQ(v->tabs()->count(), 1);
    // Even a panel built for them (a modified client) gets the use case's refusal.
    auto s = services(m_tech);
    AnalyzerProfilesPanel panel(*s, false);
    ASSERT_TRUE(panel.selectProfile(QStringLiteral("test-astm")));
    EXPECT_FALSE(panel.setSelectedActive(false, QStringLiteral("essai")));
    EXPECT_TRUE(panel.messageIsError());
    EXPECT_FALSE(panel.installShipped());
    EXPECT_TRUE(panel.messageIsError());
    EXPECT_TRUE(stored(QStringLiteral("test-astm")).active);
}

INSTANTIATE_TEST_SUITE_P(Backends, AnalyzerProfilesTest, kBothBackends, sgl::testing::backendName);

} // namespace
} // namespace sgl::app::test
