#include "app/orders/DossierEditDialog.h"

#include "app/orders/ClinicalQuestionsForm.h"
#include "app/orders/ExamPicker.h"
#include "app/orders/LabelActions.h"
#include "app/orders/OrderServices.h"
#include "domain/catalogue/ContainerType.h"
#include "storage/ErrorCodes.h"
#include "workflow/orders/OrderEntry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sgl::app {

using domain::OrderedExam;

namespace {

QString local(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

DossierEditDialog::DossierEditDialog(OrderServices &services, domain::Patient patient, QWidget *parent)
    : QDialog(parent), m_services(services), m_patient(std::move(patient))
{
    setWindowTitle(tr("Dossiers de %1 %2").arg(m_patient.traits.birthName, m_patient.traits.firstBirthName));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout();
    m_dossiers = new QComboBox(this);
    m_dossiers->setMinimumWidth(420);
    auto *dossierLabel = new QLabel(tr("&Dossier :"), this);
    dossierLabel->setBuddy(m_dossiers);
    top->addWidget(dossierLabel);
    top->addWidget(m_dossiers, 1);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *columns = new QHBoxLayout();
    auto *left = new QVBoxLayout();
    auto *examsBox = new QGroupBox(tr("Examens du dossier"), this);
    auto *ev = new QVBoxLayout(examsBox);
    m_examTable = table({tr("Code"), tr("État"), tr("Annulation")}, examsBox);
    m_examTable->setObjectName(QStringLiteral("dossierExams"));
    ev->addWidget(m_examTable);
    auto *cancelRow = new QHBoxLayout();
    m_reason = new QLineEdit(examsBox);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setPlaceholderText(tr("Motif de l'annulation (obligatoire)"));
    m_cancelButton = new QPushButton(tr("Annu&ler l'examen"), examsBox);
    cancelRow->addWidget(m_reason, 1);
    cancelRow->addWidget(m_cancelButton);
    ev->addLayout(cancelRow);
    left->addWidget(examsBox, 3);
    auto *tubesBox = new QGroupBox(tr("Tubes"), this);
    auto *tv = new QVBoxLayout(tubesBox);
    m_tubeTable = table({tr("Code-barres"), tr("Tube"), tr("État"), tr("Étiquettes")}, tubesBox);
    tv->addWidget(m_tubeTable);
    m_labels = new LabelActions(m_services, tubesBox);
    tv->addWidget(m_labels);
    left->addWidget(tubesBox, 2);
    columns->addLayout(left, 5);

    auto *addBox = new QGroupBox(tr("Ajouter des examens"), this);
    auto *av = new QVBoxLayout(addBox);
    m_picker = new ExamPicker([this](const QString &text) { return m_services.entry().searchExams(text); }, addBox);
    av->addWidget(m_picker, 3);
    auto *scroll = new QScrollArea(addBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_questions = new ClinicalQuestionsForm(scroll);
    scroll->setWidget(m_questions);
    av->addWidget(scroll, 2);
    m_addButton = new QPushButton(tr("Ajouter au &dossier"), addBox);
    av->addWidget(m_addButton);
    columns->addWidget(addBox, 6);
    layout->addLayout(columns, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Fermer"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_dossiers, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_loading && index >= 0)
            showDossier(m_dossiers->itemData(index).toLongLong());
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &DossierEditDialog::cancelSelected);
    connect(m_addButton, &QPushButton::clicked, this, &DossierEditDialog::addExams);
    connect(m_picker, &ExamPicker::changed, this, &DossierEditDialog::refreshQuestions);
    connect(m_questions, &ClinicalQuestionsForm::yesNoChanged, this, &DossierEditDialog::refreshQuestions);
    connect(m_labels, &LabelActions::printed, this, [this] {
        if (m_current)
            showDossier(m_current->dossier.id);
    });

    QSize size(1240, 680);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(20, 60));
    resize(size);
    reload();
}

DossierEditDialog::~DossierEditDialog() = default;

bool DossierEditDialog::reload(qint64 dossierId)
{
    auto list = m_services.lookup().forPatient(m_patient.id);
    if (!list) {
        showMessage(list.error().message, true);
        return false;
    }
    m_loading = true;
    m_dossiers->clear();
    for (const auto &d : *list)
        m_dossiers->addItem(tr("%1 — %2 — %3").arg(d.number, local(d.createdAt), domain::dossierStatusLabel(d.status)), d.id);
    m_loading = false;
    if (list->isEmpty()) {
        m_summary->setText(tr("Ce patient n'a aucun dossier."));
        m_current.reset();
        return true;
    }
    const int index = dossierId != 0 ? std::max(0, m_dossiers->findData(dossierId)) : 0;
    m_loading = true;
    m_dossiers->setCurrentIndex(index);
    m_loading = false;
    return showDossier(m_dossiers->itemData(index).toLongLong());
}

bool DossierEditDialog::showDossier(qint64 dossierId)
{
    auto details = m_services.lookup().details(dossierId);
    if (!details) {
        showMessage(details.error().message, true);
        return false;
    }
    m_current = *details;
    const auto &d = m_current->dossier;
    m_summary->setText(tr("Prescripteur : %1 — prescrit le %2 — priorité %3 — %4")
                           .arg(d.prescriberName, d.prescribedOn.toString(QStringLiteral("dd/MM/yyyy")),
                                domain::priorityLabel(d.priority).toLower(), domain::dossierStatusLabel(d.status)));
    m_examTable->setRowCount(0);
    QStringList ordered;
    for (const OrderedExam &e : m_current->exams) {
        const int row = m_examTable->rowCount();
        m_examTable->insertRow(row);
        const bool cancelled = e.state == OrderedExam::State::Cancelled;
        m_examTable->setItem(row, 0, new QTableWidgetItem(e.examCode));
        m_examTable->setItem(row, 1, new QTableWidgetItem(cancelled ? tr("Annulé") : tr("Demandé")));
        m_examTable->setItem(row, 2, new QTableWidgetItem(cancelled ? tr("%1, %2 : %3").arg(e.cancelledBy, local(e.cancelledAt), e.cancelReason)
                                                                    : QString()));
        if (!cancelled)
            ordered << e.examCode;
    }
    m_tubeTable->setRowCount(0);
    for (const auto &t : m_current->tubes) {
        const int row = m_tubeTable->rowCount();
        m_tubeTable->insertRow(row);
        const auto container = domain::ContainerType::find(t.containerCode);
        m_tubeTable->setItem(row, 0, new QTableWidgetItem(t.barcode));
        m_tubeTable->setItem(row, 1, new QTableWidgetItem(container ? container->label : t.containerCode));
        m_tubeTable->setItem(row, 2, new QTableWidgetItem(t.status == domain::Specimen::Status::Expected   ? tr("Attendu")
                                                          : t.status == domain::Specimen::Status::Received ? tr("Reçu")
                                                                                                           : tr("Refusé")));
        m_tubeTable->setItem(row, 3, new QTableWidgetItem(QString::number(t.labelPrints)));
    }
    m_picker->setExcluded(ordered);
    m_labels->setDossier(m_current->tubes.isEmpty() ? 0 : d.id);
    refreshQuestions();
    return true;
}

void DossierEditDialog::refreshQuestions()
{
    QMap<QString, QString> answers = m_questions->answers();
    if (m_current)
        for (auto it = m_current->dossier.clinicalAnswers.cbegin(); it != m_current->dossier.clinicalAnswers.cend(); ++it)
            if (answers.value(it.key()).isEmpty())
                answers.insert(it.key(), it.value());
    auto questions = m_services.entry().questionsFor(m_picker->chosenCodes(), m_patient.traits.sex, answers);
    if (!questions) {
        showMessage(questions.error().message, true);
        return;
    }
    // Questions the dossier already answered are not asked again.
    QList<domain::ClinicalQuestion> ask;
    for (const auto &q : *questions)
        if (!m_current || !m_current->dossier.clinicalAnswers.contains(q.code))
            ask << q;
    m_questions->setQuestions(ask);
}

bool DossierEditDialog::addExams()
{
    if (!m_current)
        return false;
    auto change = m_services.entry().addExams(m_current->dossier.id, m_current->dossier.version, m_picker->chosenCodes(),
                                              m_questions->answers());
    if (!change) {
        showError(change.error());
        return false;
    }
    const qint64 id = change->dossier.id;
    m_picker->clear();
    reload(id);
    QString text = tr("Examens ajoutés ; %n nouveau(x) tube(s) à étiqueter.", nullptr, int(change->newTubes.size()));
    if (!change->warnings.isEmpty())
        text += QLatin1Char('\n') + change->warnings.join(QLatin1Char('\n'));
    showMessage(text, false);
    return true;
}

bool DossierEditDialog::cancelExam(const QString &code)
{
    if (!m_current)
        return false;
    auto change = m_services.entry().cancelExam(m_current->dossier.id, m_current->dossier.version, code, m_reason->text());
    if (!change) {
        showError(change.error());
        return false;
    }
    m_reason->clear();
    reload(change->dossier.id);
    showMessage(tr("Examen %1 annulé.").arg(code), false);
    return true;
}

void DossierEditDialog::cancelSelected()
{
    const int row = m_examTable->currentRow();
    if (row < 0) {
        showMessage(tr("Choisissez l'examen à annuler dans la liste."), true);
        return;
    }
    cancelExam(m_examTable->item(row, 0)->text());
}

void DossierEditDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void DossierEditDialog::showError(const domain::Error &error)
{
    if (error.code == storage::errc::Conflict && m_current) {
        reload(m_current->dossier.id);
        showMessage(error.message + QLatin1Char(' ') + tr("Le dossier a été rechargé."), true);
        return;
    }
    showMessage(error.message, true);
    if (error.location == QStringLiteral("reason"))
        m_reason->setFocus(Qt::OtherFocusReason);
    else if (error.location == QStringLiteral("exams"))
        m_picker->searchEdit()->setFocus(Qt::OtherFocusReason);
    else if (QWidget *w = m_questions->input(error.location))
        w->setFocus(Qt::OtherFocusReason);
}

QString DossierEditDialog::messageText() const
{
    return m_message->text();
}

} // namespace sgl::app
