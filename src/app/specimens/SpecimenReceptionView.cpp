#include "app/specimens/SpecimenReceptionView.h"

#include "app/specimens/NonConformityDialog.h"
#include "app/specimens/ScanListModel.h"
#include "app/specimens/SpecimenServices.h"
#include "app/specimens/TubeListModel.h"
#include "workflow/specimens/SpecimenReception.h"
#include "workflow/specimens/TubeBoard.h"

#include "ui_SpecimenReceptionView.h"

#include <QFontMetrics>
#include <QHeaderView>

#include <algorithm>
#include <QItemSelectionModel>

namespace sgl::app {

namespace {

// Big enough to be read from a step away while scanning a rack.
const QString kReceived = QStringLiteral(
    "QLabel { font-size: 16pt; font-weight: bold; color: white; background: #2e7d32; padding: 10px; border-radius: 4px; }");
const QString kRefused = QStringLiteral(
    "QLabel { font-size: 16pt; font-weight: bold; color: white; background: #c62828; padding: 10px; border-radius: 4px; }");

} // namespace

SpecimenReceptionView::SpecimenReceptionView(std::unique_ptr<SpecimenServices> services, domain::UserSession session,
                                             bool readOnly, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SpecimenReceptionView>()), m_services(std::move(services)),
      m_session(std::move(session)), m_readOnly(readOnly), m_scans(new ScanListModel(this)),
      m_tubes(new TubeListModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("screenTitle"));
    QFont scanFont = m_ui->scanEdit->font();
    scanFont.setPointSizeF(scanFont.pointSizeF() * 1.4);
    m_ui->scanEdit->setFont(scanFont);
    m_ui->scansTable->setModel(m_scans);
    m_ui->tubesTable->setModel(m_tubes);
    for (QTableView *t : {m_ui->scansTable, m_ui->tubesTable}) {
        t->verticalHeader()->hide();
        t->setWordWrap(false);
    }
    // Short columns get the width of their widest text (the style sheet pads cells, which
    // ResizeToContents misjudges), the long texts share the rest, elided with the full text in
    // the tooltip and under the table: the screen fits 1366 px without horizontal scrolling.
    const auto fit = [](QTableView *t, int column, const QString &sample) {
        const QFontMetrics fm(t->font());
        const QString header = t->model()->headerData(column, Qt::Horizontal).toString();
        t->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        t->horizontalHeader()->resizeSection(column, std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(header)) + 32);
    };
    fit(m_ui->scansTable, ScanListModel::Time, QStringLiteral("00:00:00"));
    fit(m_ui->scansTable, ScanListModel::Barcode, QStringLiteral("00000000000"));
    fit(m_ui->scansTable, ScanListModel::Outcome, tr("Refusé"));
    m_ui->scansTable->horizontalHeader()->setSectionResizeMode(ScanListModel::Message, QHeaderView::Stretch);
    fit(m_ui->tubesTable, TubeListModel::Barcode, QStringLiteral("00000000000"));
    fit(m_ui->tubesTable, TubeListModel::Container, QStringLiteral("EDTA"));
    fit(m_ui->tubesTable, TubeListModel::State, tr("Attendu"));
    fit(m_ui->tubesTable, TubeListModel::ReceivedAt, QStringLiteral("00/00/0000 00:00"));
    fit(m_ui->tubesTable, TubeListModel::ReceivedBy, QStringLiteral("technicien"));
    m_ui->tubesTable->horizontalHeader()->setSectionResizeMode(TubeListModel::NonConformities, QHeaderView::Stretch);
    m_ui->tubesTable->hideColumn(TubeListModel::Analyses); // listed in full under the table
    for (QTableView *t : {m_ui->scansTable, m_ui->tubesTable})
        t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->scansTable->hideColumn(ScanListModel::Dossier); // the message names it
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->outcomeLabel->hide();

    if (m_readOnly) {
        m_ui->scanEdit->setEnabled(false);
        m_ui->stayOnDossierCheck->setEnabled(false);
        m_ui->scanEdit->setPlaceholderText(tr("consultation seule : la réception est faite par l'accueil ou la paillasse"));
    }
    connect(m_ui->scanEdit, &QLineEdit::returnPressed, this, &SpecimenReceptionView::submitScan);
    connect(m_ui->scansTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showScan(current.row());
            });
    connect(m_ui->tubesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateButtons(); });
    connect(m_ui->nonConformityButton, &QPushButton::clicked, this, [this] {
        recordNonConformity(m_ui->tubesTable->currentIndex().row());
    });
    updateButtons();
    m_ui->scanEdit->setFocus();
}

SpecimenReceptionView::~SpecimenReceptionView() = default;

QString SpecimenReceptionView::outcomeText() const
{
    return m_ui->outcomeLabel->text();
}

void SpecimenReceptionView::showOutcome(const QString &text, bool received)
{
    m_lastReceived = received;
    m_ui->outcomeLabel->setText(text);
    m_ui->outcomeLabel->setStyleSheet(received ? kReceived : kRefused);
    m_ui->outcomeLabel->setProperty("outcome", received ? QStringLiteral("received") : QStringLiteral("refused"));
    m_ui->outcomeLabel->show();
}

void SpecimenReceptionView::submitScan()
{
    if (m_readOnly)
        return;
    const QString scan = m_ui->scanEdit->text().trimmed();
    // A wedge scanner types fast and may be triggered again at once: the field is emptied before
    // the call so that the next scan never appends to this one.
    m_ui->scanEdit->clear();
    std::optional<qint64> expected;
    if (m_ui->stayOnDossierCheck->isChecked() && m_board.dossier.id != 0)
        expected = m_board.dossier.id;
    auto out = m_services->reception().receive(scan, expected);
    ScanEntry entry{QDateTime::currentDateTime(), scan, bool(out), {}, {}};
    if (out) {
        entry.barcode = out->specimen.barcode;
        entry.dossierNumber = out->dossier.number;
        entry.message = out->message;
        showOutcome(out->message, true);
        loadDossier(out->dossier.id, out->specimen.barcode);
    } else {
        entry.message = out.error().message;
        showOutcome(out.error().message, false);
    }
    m_scans->add(entry);
    m_ui->scanEdit->setFocus();
}

bool SpecimenReceptionView::loadDossier(qint64 dossierId, const QString &barcode)
{
    auto board = m_services->board().forDossier(dossierId);
    if (!board) {
        showOutcome(board.error().message, false);
        return false;
    }
    m_board = *board;
    m_tubes->setTubes(m_board.tubes);
    int received = 0;
    for (const auto &t : m_board.tubes)
        received += t.specimen.status == domain::Specimen::Status::Received ? 1 : 0;
    m_ui->dossierLabel->setText(tr("Dossier %1 — %2 — %3 : %4 tube(s) reçu(s) sur %5")
                                    .arg(m_board.dossier.number, m_board.patientName,
                                         domain::dossierStatusLabel(m_board.dossier.status))
                                    .arg(received)
                                    .arg(m_board.tubes.size()));
    const int row = barcode.isEmpty() ? -1 : m_tubes->rowOf(barcode);
    if (row >= 0)
        m_ui->tubesTable->selectRow(row);
    updateButtons();
    return true;
}

void SpecimenReceptionView::showScan(int row)
{
    const ScanEntry *e = m_scans->entryAt(row);
    if (!e || !e->received)
        return;
    auto board = m_services->board().forBarcode(e->barcode);
    if (board)
        loadDossier(board->dossier.id, e->barcode);
}

void SpecimenReceptionView::recordNonConformity(int row, const std::function<void(NonConformityDialog &)> &prepare)
{
    const workflow::specimens::TubeRow *tube = m_tubes->tubeAt(row);
    if (!tube || m_readOnly)
        return;
    NonConformityDialog dialog(m_services->reception(), *tube, this);
    if (prepare)
        prepare(dialog);
    else if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.outcome())
        return;
    const auto &o = *dialog.outcome();
    QString text = tr("Non-conformité enregistrée sur le tube %1 (%2).")
                       .arg(tube->specimen.barcode, domain::nonConformityReasonLabel(o.nonConformity.reason));
    if (o.newTube)
        text += u' ' + tr("Nouveau prélèvement demandé : tube %1 à étiqueter.").arg(o.newTube->barcode);
    const QString barcode = tube->specimen.barcode;
    loadDossier(m_board.dossier.id, barcode);
    showOutcome(text, true);
}

void SpecimenReceptionView::updateButtons()
{
    const auto *tube = m_tubes->tubeAt(m_ui->tubesTable->currentIndex().row());
    // The selected tube in full: its analyses and non-conformities do not fit the table.
    QString detail;
    if (tube) {
        QStringList analyses;
        for (const auto &a : tube->analyses)
            analyses << (a.reservation.isEmpty() ? a.label : a.label + QStringLiteral(" (") + a.reservation + u')');
        detail = tr("Tube %1 (%2) : %3").arg(tube->specimen.barcode, tube->containerLabel, analyses.isEmpty() ? tr("aucune analyse") : analyses.join(QStringLiteral(", ")));
        for (const auto &nc : tube->nonConformities)
            detail += u'\n' + tr("Non-conformité du %1 (%2) : %3%4")
                                  .arg(nc.recordedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), nc.recordedBy,
                                       domain::nonConformityReasonLabel(nc.reason),
                                       nc.comment.isEmpty() ? QString() : QStringLiteral(" — ") + nc.comment);
    }
    m_ui->tubeDetailLabel->setText(detail);
    m_ui->nonConformityButton->setEnabled(!m_readOnly && tube
                                          && tube->specimen.status != domain::Specimen::Status::Rejected);
}

} // namespace sgl::app
