#include "app/catalogue/CatalogueExchangeDialog.h"

#include "workflow/catalogue/CatalogueAdmin.h"
#include "ui_CatalogueExchangeDialog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressDialog>
#include <QSaveFile>

namespace sgl::app {

using interop::catalogue::CatalogueDiff;

namespace {

QString located(const domain::Error &e)
{
    return e.location.isEmpty() ? e.message : e.location + QStringLiteral(" : ") + e.message;
}

QString kindLabel(CatalogueDiff::Kind kind)
{
    switch (kind) {
    case CatalogueDiff::Kind::New: return CatalogueExchangeDialog::tr("Nouvelle");
    case CatalogueDiff::Kind::Changed: return CatalogueExchangeDialog::tr("Modifiée");
    case CatalogueDiff::Kind::Unchanged: return CatalogueExchangeDialog::tr("Inchangée");
    case CatalogueDiff::Kind::UnknownLocalCode: return CatalogueExchangeDialog::tr("Code local inconnu");
    case CatalogueDiff::Kind::InvalidLoinc: return CatalogueExchangeDialog::tr("LOINC invalide");
    }
    return {};
}

/** Value of an exchange-format column for the before → after display; empty when not shown. */
std::optional<QString> fieldValue(const domain::Analysis &a, const QString &field)
{
    if (field == QLatin1String("label")) return a.label;
    if (field == QLatin1String("loinc")) return a.loinc;
    if (field == QLatin1String("unit")) return a.unit;
    if (field == QLatin1String("display_unit")) return a.displayUnit;
    if (field == QLatin1String("specimen")) return a.specimen;
    if (field == QLatin1String("method")) return a.method;
    if (field == QLatin1String("formula")) return a.formula;
    if (field == QLatin1String("decimals")) return QString::number(a.decimals);
    if (field == QLatin1String("bench")) return a.bench;
    if (field == QLatin1String("container")) return a.container;
    if (field == QLatin1String("clinical_questions")) return a.questions.join(QStringLiteral(", "));
    return std::nullopt;
}

bool readFile(const QString &path, QByteArray &out, QString &error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = CatalogueExchangeDialog::tr("Impossible de lire « %1 » : %2").arg(path, f.errorString());
        return false;
    }
    out = f.readAll();
    return true;
}

} // namespace

CatalogueExchangeDialog::CatalogueExchangeDialog(workflow::CatalogueAdmin &admin,
                                                 domain::UserSession session, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::CatalogueExchangeDialog>()),
      m_admin(admin),
      m_session(std::move(session))
{
    m_ui->setupUi(this);
    m_ui->exportFormatCombo->addItem(tr("Catalogue CSV (transcodage LOINC)"),
                                     int(workflow::ExportCatalogue::Format::Csv));
    m_ui->exportFormatCombo->addItem(tr("Plages de référence CSV"),
                                     int(workflow::ExportCatalogue::Format::RangesCsv));
    m_ui->exportFormatCombo->addItem(tr("FHIR R4 (Bundle JSON)"),
                                     int(workflow::ExportCatalogue::Format::Fhir));
    m_ui->exportFormatCombo->addItem(tr("FHIR R4 ConceptMap (codes locaux → LOINC)"),
                                     int(workflow::ExportCatalogue::Format::FhirConceptMap));
    m_ui->importFormatCombo->addItem(tr("Détection automatique"), int(ImportFormat::Detect));
    m_ui->importFormatCombo->addItem(tr("Catalogue CSV"), int(ImportFormat::Csv));
    m_ui->importFormatCombo->addItem(tr("FHIR R4 Bundle"), int(ImportFormat::FhirBundle));
    m_ui->importFormatCombo->addItem(tr("FHIR R4 ConceptMap (retour de transcodage)"), int(ImportFormat::ConceptMap));
    m_ui->modeCombo->addItem(tr("Transcodage LOINC (colonne loinc seulement)"),
                             int(CatalogueDiff::Mode::Transcoding));
    m_ui->modeCombo->addItem(tr("Complet (création et mise à jour des analyses)"),
                             int(CatalogueDiff::Mode::Merge));
    m_ui->reasonEdit->setPlaceholderText(tr("par défaut : « Import <fichier> »"));
    m_ui->diffTable->setColumnCount(4);
    m_ui->diffTable->setHorizontalHeaderLabels({tr("Type"), tr("Code local"), tr("Libellé"), tr("Détail")});
    m_ui->diffTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->diffTable->verticalHeader()->hide();
    m_ui->applyButton->setEnabled(false);

    connect(m_ui->exportButton, &QPushButton::clicked, this, &CatalogueExchangeDialog::chooseExportFile);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Fichier de catalogue"), {},
                                                          tr("Catalogue (*.csv *.json);;Tous les fichiers (*)"));
        if (!path.isEmpty())
            m_ui->fileEdit->setText(path);
    });
    connect(m_ui->rangesBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Fichier des plages"), {},
                                                          tr("CSV (*.csv);;Tous les fichiers (*)"));
        if (!path.isEmpty())
            m_ui->rangesEdit->setText(path);
    });
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &CatalogueExchangeDialog::invalidatePreview);
    connect(m_ui->rangesEdit, &QLineEdit::textChanged, this, &CatalogueExchangeDialog::invalidatePreview);
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &CatalogueExchangeDialog::invalidatePreview);
    connect(m_ui->importFormatCombo, &QComboBox::currentIndexChanged, this, &CatalogueExchangeDialog::invalidatePreview);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &CatalogueExchangeDialog::preview);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &CatalogueExchangeDialog::applyImport);
}

CatalogueExchangeDialog::~CatalogueExchangeDialog() = default;

void CatalogueExchangeDialog::chooseExportFile()
{
    using Format = workflow::ExportCatalogue::Format;
    const auto format = Format(m_ui->exportFormatCombo->currentData().toInt());
    const bool fhir = format == Format::Fhir || format == Format::FhirConceptMap;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Exporter le catalogue"),
        format == Format::Fhir             ? QStringLiteral("catalogue.json")
        : format == Format::FhirConceptMap ? QStringLiteral("codes-loinc.json")
        : format == Format::RangesCsv      ? QStringLiteral("plages.csv")
                                           : QStringLiteral("catalogue.csv"),
        fhir ? tr("FHIR JSON (*.json)") : tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(format, path);
}

bool CatalogueExchangeDialog::exportTo(workflow::ExportCatalogue::Format format, const QString &path)
{
    auto data = m_admin.exportCatalogue(format);
    if (!data) {
        m_ui->exportStatusLabel->setText(tr("Export impossible : %1").arg(data.error().message));
        return false;
    }
    // QSaveFile: a failed write never leaves a truncated file in place of a previous export.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        m_ui->exportStatusLabel->setText(tr("Impossible d'écrire « %1 » : %2").arg(path, file.errorString()));
        return false;
    }
    m_ui->exportStatusLabel->setText(tr("Exporté dans %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void CatalogueExchangeDialog::setImportFiles(const QString &path, const QString &rangesPath)
{
    m_ui->fileEdit->setText(path);
    m_ui->rangesEdit->setText(rangesPath);
}

void CatalogueExchangeDialog::setMode(CatalogueDiff::Mode mode)
{
    m_ui->modeCombo->setCurrentIndex(m_ui->modeCombo->findData(int(mode)));
}

void CatalogueExchangeDialog::setImportFormat(ImportFormat format)
{
    m_ui->importFormatCombo->setCurrentIndex(m_ui->importFormatCombo->findData(int(format)));
}

CatalogueDiff::Mode CatalogueExchangeDialog::mode() const
{
    return CatalogueDiff::Mode(m_ui->modeCombo->currentData().toInt());
}

void CatalogueExchangeDialog::invalidatePreview()
{
    m_previewed.reset();
    m_ui->applyButton->setEnabled(false);
}

bool CatalogueExchangeDialog::preview()
{
    invalidatePreview();
    m_ui->diffTable->setRowCount(0);
    m_ui->problemsList->clear();
    const QString path = m_ui->fileEdit->text().trimmed();
    const QString rangesPath = m_ui->rangesEdit->text().trimmed();
    if (path.isEmpty()) {
        m_ui->summaryLabel->setText(tr("Choisissez le fichier à importer."));
        return false;
    }
    workflow::CatalogueImportRequest request;
    QString error;
    if (!readFile(path, request.data, error) || (!rangesPath.isEmpty() && !readFile(rangesPath, request.rangesCsv, error))) {
        m_ui->summaryLabel->setText(error);
        return false;
    }
    request.sourceName = QFileInfo(path).fileName();
    using Request = workflow::CatalogueImportRequest;
    switch (ImportFormat(m_ui->importFormatCombo->currentData().toInt())) {
    case ImportFormat::Csv:
        request.format = Request::Format::Csv;
        break;
    case ImportFormat::FhirBundle:
        request.format = Request::Format::Fhir;
        request.fhirResource = Request::FhirResource::Bundle;
        break;
    case ImportFormat::ConceptMap:
        request.format = Request::Format::Fhir;
        request.fhirResource = Request::FhirResource::ConceptMap;
        break;
    case ImportFormat::Detect:
        request.format = Request::guessFormat(path, request.data);
        break;
    }
    const bool conceptMap = request.isConceptMap();
    if (!rangesPath.isEmpty()) {
        if (conceptMap) {
            m_ui->summaryLabel->setText(tr("Le fichier des plages ne s'utilise qu'avec un catalogue CSV "
                                           "(un ConceptMap ne porte que les codes LOINC)."));
            return false;
        }
        if (request.format == Request::Format::Fhir) {
            m_ui->summaryLabel->setText(tr("Le fichier des plages ne s'utilise qu'avec un catalogue CSV "
                                           "(le Bundle FHIR contient déjà les plages)."));
            return false;
        }
        request.rangesSourceName = QFileInfo(rangesPath).fileName();
    }
    // A ConceptMap only carries LOINC codes: it is a transcoding return, whatever mode was shown.
    if (conceptMap && mode() != CatalogueDiff::Mode::Transcoding)
        setMode(CatalogueDiff::Mode::Transcoding);
    request.mode = mode();
    auto diff = m_admin.previewImport(m_session, request);
    if (!diff) {
        m_ui->summaryLabel->setText(tr("Prévisualisation impossible : %1").arg(diff.error().message));
        return false;
    }
    showDiff(*diff);
    if (diff->ok() && diff->hasChanges()) {
        m_previewed = std::move(request);
        m_ui->applyButton->setEnabled(true);
    }
    return true;
}

void CatalogueExchangeDialog::showDiff(const CatalogueDiff &diff)
{
    QString summary = tr("%1 nouvelle(s), %2 modifiée(s), %3 inchangée(s), %4 code(s) local(aux) inconnu(s), "
                         "%5 LOINC invalide(s) ; chapitres : %6 nouveau(x), %7 modifié(s) ; examens : "
                         "%8 nouveau(x), %9 modifié(s) ; paillasses : %10 nouvelle(s), %11 renommée(s).")
                          .arg(diff.count(CatalogueDiff::Kind::New))
                          .arg(diff.count(CatalogueDiff::Kind::Changed))
                          .arg(diff.count(CatalogueDiff::Kind::Unchanged))
                          .arg(diff.count(CatalogueDiff::Kind::UnknownLocalCode))
                          .arg(diff.count(CatalogueDiff::Kind::InvalidLoinc))
                          .arg(diff.newChapters)
                          .arg(diff.changedChapters)
                          .arg(diff.newExams)
                          .arg(diff.changedExams)
                          .arg(diff.newBenches)
                          .arg(diff.changedBenches);
    if (!diff.ok())
        summary += QLatin1Char(' ') + tr("%n problème(s) bloquant(s) : import impossible tant qu'ils ne sont pas corrigés.",
                                         nullptr, static_cast<int>(diff.errors.size()));
    else if (!diff.hasChanges())
        summary += QLatin1Char(' ') + tr("Rien à appliquer : le catalogue est déjà à jour.");
    m_ui->summaryLabel->setText(summary);

    domain::Catalogue current;
    if (auto loaded = m_admin.load())
        current = std::move(*loaded);
    // Unchanged rows are only counted: listing hundreds of them would hide what matters.
    for (const auto &e : diff.entries) {
        if (e.kind == CatalogueDiff::Kind::Unchanged)
            continue;
        QStringList details;
        if (e.kind == CatalogueDiff::Kind::Changed) {
            const domain::Analysis *before = current.analysis(e.localCode);
            const domain::Analysis *after = diff.merged.analysis(e.localCode);
            for (const QString &field : e.changedFields) {
                const auto b = before ? fieldValue(*before, field) : std::nullopt;
                const auto a = after ? fieldValue(*after, field) : std::nullopt;
                if (field == QLatin1String("loinc") && (!e.oldLoinc.isEmpty() || !e.newLoinc.isEmpty()))
                    details << tr("loinc : %1 → %2").arg(e.oldLoinc, e.newLoinc);
                else if (b && a)
                    details << tr("%1 : %2 → %3").arg(field, *b, *a);
                else
                    details << field;
            }
        } else if (e.kind == CatalogueDiff::Kind::InvalidLoinc && !e.newLoinc.isEmpty()) {
            details << e.newLoinc;
        }
        if (!e.location.isEmpty())
            details << e.location;
        const int row = m_ui->diffTable->rowCount();
        m_ui->diffTable->insertRow(row);
        const QStringList cells{kindLabel(e.kind), e.localCode, e.label, details.join(QStringLiteral(" ; "))};
        for (int col = 0; col < cells.size(); ++col)
            m_ui->diffTable->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_ui->diffTable->resizeColumnsToContents();
    for (const auto &e : diff.errors)
        m_ui->problemsList->addItem(tr("Erreur — %1").arg(located(e)));
    for (const auto &w : diff.warnings)
        m_ui->problemsList->addItem(tr("Avertissement — %1").arg(located(w)));
}

bool CatalogueExchangeDialog::applyImport()
{
    if (!m_previewed)
        return false;
    workflow::CatalogueImportRequest request = *m_previewed;
    request.reason = m_ui->reasonEdit->text().trimmed();
    m_ui->applyButton->setEnabled(false);

    QProgressDialog progress(tr("Import du catalogue…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // The import is one transaction on this thread's connection: it cannot be cancelled midway,
    // so no cancel button; user input stays excluded while the events repaint the bar.
    auto outcome = m_admin.applyImport(m_session, request, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    progress.close();
    m_previewed.reset();

    if (!outcome) {
        m_ui->summaryLabel->setText(tr("Import refusé, le catalogue est inchangé : %1").arg(outcome.error().message));
        return false;
    }
    if (!outcome->applied) {
        showDiff(outcome->diff);
        m_ui->summaryLabel->setText(outcome->diff.ok()
                                        ? tr("Rien n'a été appliqué : le catalogue est déjà à jour.")
                                        : tr("Import refusé, le catalogue est inchangé. Problèmes :"));
        return false;
    }
    m_changed = true;
    const auto &s = outcome->summary;
    m_ui->summaryLabel->setText(tr("Import appliqué (version %1 du catalogue) : %2 analyse(s) créée(s), "
                                   "%3 modifiée(s) ; %4 examen(s) et %5 chapitre(s) créés ou modifiés.")
                                    .arg(outcome->versionId)
                                    .arg(s.analysesCreated)
                                    .arg(s.analysesUpdated)
                                    .arg(s.examsCreated + s.examsUpdated)
                                    .arg(s.chaptersCreated + s.chaptersUpdated));
    return true;
}

bool CatalogueExchangeDialog::canApply() const
{
    return m_ui->applyButton->isEnabled();
}

QString CatalogueExchangeDialog::exportStatusText() const
{
    return m_ui->exportStatusLabel->text();
}

QString CatalogueExchangeDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QStringList CatalogueExchangeDialog::problems() const
{
    QStringList out;
    for (int i = 0; i < m_ui->problemsList->count(); ++i)
        out << m_ui->problemsList->item(i)->text();
    return out;
}

QStringList CatalogueExchangeDialog::diffRows() const
{
    QStringList out;
    for (int row = 0; row < m_ui->diffTable->rowCount(); ++row)
        out << m_ui->diffTable->item(row, 0)->text() + QLatin1Char('|') + m_ui->diffTable->item(row, 1)->text()
                   + QLatin1Char('|') + m_ui->diffTable->item(row, 3)->text();
    return out;
}

} // namespace sgl::app
