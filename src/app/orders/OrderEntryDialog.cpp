#include "app/orders/OrderEntryDialog.h"

#include "app/orders/ClinicalQuestionsForm.h"
#include "app/orders/ExamPicker.h"
#include "app/orders/LabelActions.h"
#include "app/orders/OrderServices.h"
#include "app/widgets/DirectoryPickerDialog.h"
#include "workflow/directory/DirectoryContact.h"
#include "domain/catalogue/ContainerType.h"
#include "domain/lab/RppsNumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sgl::app {

using domain::Dossier;
using workflow::orders::DossierRequest;

namespace {

QString patientHeader(const domain::Patient &p)
{
    const QString first = p.traits.usedFirstName.isEmpty() ? p.traits.firstBirthName : p.traits.usedFirstName;
    QString birth = p.traits.birthDate.isValid() ? p.traits.birthDate.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    return QStringLiteral("%1 %2 — %3 — IPP %4").arg(p.traits.birthName, first, birth, p.localId);
}

QString cellText(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

OrderEntryDialog::OrderEntryDialog(OrderServices &services, domain::Patient patient, QWidget *parent)
    : QDialog(parent), m_services(services), m_patient(std::move(patient)), m_flags(&services.directory())
{
    setWindowTitle(tr("Nouveau dossier — %1").arg(patientHeader(m_patient)));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(patientHeader(m_patient).toHtmlEscaped()), this);
    layout->addWidget(header);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    auto *form = new QWidget(this);
    auto *columns = new QHBoxLayout(form);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(buildRequestColumn());
    scroll->setMinimumWidth(560);
    columns->addWidget(scroll, 5);
    columns->addWidget(buildExamColumn(), 6);
    m_pages->addWidget(form);
    m_pages->addWidget(buildSummary());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("orderMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    // No default button: Enter in a field (the exam search above all) must never create the
    // dossier; creating is an explicit click or Alt+C.
    auto *buttons = new QHBoxLayout();
    m_createButton = new QPushButton(tr("&Créer le dossier"), this);
    m_createButton->setObjectName(QStringLiteral("createDossierButton"));
    m_createButton->setAutoDefault(false);
    auto *close = new QPushButton(tr("&Fermer"), this);
    close->setAutoDefault(false);
    buttons->addStretch();
    buttons->addWidget(m_createButton);
    buttons->addWidget(close);
    connect(m_createButton, &QPushButton::clicked, this, &OrderEntryDialog::create);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addLayout(buttons);

    // Fits a 1366 x 768 screen (taskbar and title bar included).
    QSize size(1280, 690);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(20, 60));
    resize(size);
    updateEnabled();
    refreshQuestions();
    m_prescriberName->setFocus();
}

OrderEntryDialog::~OrderEntryDialog() = default;

QWidget *OrderEntryDialog::buildRequestColumn()
{
    auto *column = new QWidget(this);
    auto *v = new QVBoxLayout(column);

    auto *prescriber = new QGroupBox(tr("Prescripteur"), column);
    auto *pf = new QFormLayout(prescriber);
    m_prescriberName = new QLineEdit(prescriber);
    m_prescriberName->setPlaceholderText(tr("Dr Prénom NOM"));
    m_prescriberRpps = new QLineEdit(prescriber);
    m_prescriberRpps->setPlaceholderText(tr("11 chiffres"));
    m_prescriberRpps->setMaxLength(11);
    m_prescriberMssante = new QLineEdit(prescriber);
    m_prescriberMssante->setPlaceholderText(tr("prenom.nom@medecin.mssante.fr"));
    m_rppsWarning = new QLabel(prescriber);
    m_rppsWarning->setWordWrap(true);
    m_rppsWarning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_rppsWarning->hide();
    m_prescriberFlag = new QLabel(prescriber);
    m_prescriberFlag->setObjectName(QStringLiteral("prescriberRppsFlag"));
    m_prescriberFlag->setPixmap(RppsFlag::icon().pixmap(16, 16));
    m_prescriberFlag->hide();
    m_pickPrescriber = new QPushButton(tr("Ann&uaire…"), prescriber);
    m_pickPrescriber->setObjectName(QStringLiteral("pickPrescriberButton"));
    m_pickPrescriber->setToolTip(tr("Chercher le prescripteur dans l'Annuaire Santé (nom, RPPS, adresse MSSanté)"));
    m_pickPrescriber->setAutoDefault(false);
    auto *nameRow = new QHBoxLayout();
    nameRow->addWidget(m_prescriberName, 1);
    nameRow->addWidget(m_pickPrescriber);
    auto *rppsRow = new QHBoxLayout();
    rppsRow->addWidget(m_prescriberRpps, 1);
    rppsRow->addWidget(m_prescriberFlag);
    // A row holding a layout gets no buddy from QFormLayout: without one the label would show its '&'.
    auto *nameLabel = new QLabel(tr("&Nom :"), prescriber);
    nameLabel->setBuddy(m_prescriberName);
    auto *rppsLabel = new QLabel(tr("&RPPS :"), prescriber);
    rppsLabel->setBuddy(m_prescriberRpps);
    pf->addRow(nameLabel, nameRow);
    pf->addRow(rppsLabel, rppsRow);
    pf->addRow(QString(), m_rppsWarning);
    pf->addRow(tr("&MSSanté :"), m_prescriberMssante);
    v->addWidget(prescriber);
    connect(m_prescriberRpps, &QLineEdit::textChanged, this, &OrderEntryDialog::updateRppsWarning);
    connect(m_prescriberRpps, &QLineEdit::textChanged, this, &OrderEntryDialog::updatePrescriberFlag);
    connect(m_prescriberRpps, &QLineEdit::editingFinished, this, &OrderEntryDialog::updatePrescriberFlag);
    connect(m_pickPrescriber, &QPushButton::clicked, this, &OrderEntryDialog::pickPrescriber);

    auto *copies = new QGroupBox(tr("Copies à (correspondants)"), column);
    auto *cv = new QVBoxLayout(copies);
    m_correspondents = new QTableWidget(0, 3, copies);
    m_correspondents->setObjectName(QStringLiteral("correspondents"));
    m_correspondents->setHorizontalHeaderLabels({tr("Nom"), tr("RPPS"), tr("MSSanté")});
    m_correspondents->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_correspondents->verticalHeader()->hide();
    m_correspondents->setMaximumHeight(100);
    auto *cb = new QHBoxLayout();
    auto *addCopy = new QPushButton(tr("Ajouter une copie"), copies);
    auto *removeCopy = new QPushButton(tr("Retirer"), copies);
    m_pickCorrespondent = new QPushButton(tr("Depuis l'annuaire…"), copies);
    m_pickCorrespondent->setObjectName(QStringLiteral("pickCorrespondentButton"));
    m_pickCorrespondent->setAutoDefault(false);
    cb->addWidget(addCopy);
    cb->addWidget(m_pickCorrespondent);
    cb->addWidget(removeCopy);
    cb->addStretch();
    cv->addWidget(m_correspondents);
    cv->addLayout(cb);
    v->addWidget(copies);
    connect(addCopy, &QPushButton::clicked, this, [this] { addCorrespondent(); });
    connect(m_pickCorrespondent, &QPushButton::clicked, this, &OrderEntryDialog::pickCorrespondent);
    connect(m_correspondents, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 1)
            updateCorrespondentFlag(item->row());
    });
    connect(removeCopy, &QPushButton::clicked, this, [this] {
        if (m_correspondents->currentRow() >= 0)
            m_correspondents->removeRow(m_correspondents->currentRow());
    });

    auto *sampling = new QGroupBox(tr("Prescription et prélèvement"), column);
    auto *sf = new QFormLayout(sampling);
    m_prescribedOn = new QDateEdit(QDate::currentDate(), sampling);
    m_prescribedOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_prescribedOn->setCalendarPopup(true);
    m_prescribedOn->setMaximumDate(QDate::currentDate());
    auto *sampledRow = new QHBoxLayout();
    m_sampled = new QCheckBox(tr("Prélevé le"), sampling);
    m_sampledAt = new QDateTimeEdit(QDateTime::currentDateTime(), sampling);
    m_sampledAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_sampledAt->setCalendarPopup(true);
    sampledRow->addWidget(m_sampled);
    sampledRow->addWidget(m_sampledAt, 1);
    m_samplerKind = new QComboBox(sampling);
    for (auto k : {Dossier::SamplerKind::Laboratory, Dossier::SamplerKind::HomeNurse, Dossier::SamplerKind::Ward})
        m_samplerKind->addItem(domain::samplerKindLabel(k), static_cast<int>(k));
    m_samplerName = new QLineEdit(sampling);
    m_samplerName->setPlaceholderText(tr("Nom du préleveur (infirmier(ère), service)"));
    m_origin = new QComboBox(sampling);
    m_origin->addItem(tr("Externe (prescripteur de ville)"), static_cast<int>(Dossier::Origin::External));
    m_origin->addItem(tr("Service hospitalier"), static_cast<int>(Dossier::Origin::Ward));
    m_ward = new QLineEdit(sampling);
    m_ward->setPlaceholderText(tr("Service (ex. Cardiologie)"));
    m_priority = new QComboBox(sampling);
    for (auto p : {Dossier::Priority::Routine, Dossier::Priority::Urgent, Dossier::Priority::Vital})
        m_priority->addItem(domain::priorityLabel(p), static_cast<int>(p));
    sf->addRow(tr("Date de &prescription :"), m_prescribedOn);
    sf->addRow(tr("Prélèvement :"), sampledRow);
    sf->addRow(tr("Préle&veur :"), m_samplerKind);
    sf->addRow(tr("Nom du préleveur :"), m_samplerName);
    sf->addRow(tr("&Origine :"), m_origin);
    sf->addRow(tr("Ser&vice :"), m_ward);
    sf->addRow(tr("Priori&té :"), m_priority);
    v->addWidget(sampling);
    connect(m_sampled, &QCheckBox::toggled, this, &OrderEntryDialog::updateEnabled);
    connect(m_samplerKind, &QComboBox::currentIndexChanged, this, &OrderEntryDialog::updateEnabled);
    connect(m_origin, &QComboBox::currentIndexChanged, this, &OrderEntryDialog::updateEnabled);

    auto *recipients = new QGroupBox(tr("Destinataires du compte rendu"), column);
    auto *rv = new QVBoxLayout(recipients);
    m_toPrescriber = new QCheckBox(tr("Prescripteur"), recipients);
    m_toPrescriber->setChecked(true);
    m_toPatient = new QCheckBox(tr("Patient par MSSanté"), recipients);
    if (!m_patient.insUsable()) {
        m_toPatient->setEnabled(false);
        m_toPatient->setToolTip(tr("Possible seulement avec une INS qualifiée."));
        m_toPatient->setText(tr("Patient par MSSanté (INS non qualifiée)"));
    }
    m_paperCopy = new QCheckBox(tr("Copie papier"), recipients);
    rv->addWidget(m_toPrescriber);
    rv->addWidget(m_toPatient);
    rv->addWidget(m_paperCopy);
    v->addWidget(recipients);
    v->addStretch();
    return column;
}

QWidget *OrderEntryDialog::buildExamColumn()
{
    auto *column = new QWidget(this);
    auto *v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);
    auto *examsBox = new QGroupBox(tr("Examens"), column);
    auto *ev = new QVBoxLayout(examsBox);
    m_exams = new ExamPicker([this](const QString &text) { return m_services.entry().searchExams(text); }, examsBox);
    ev->addWidget(m_exams);
    v->addWidget(examsBox, 3);
    auto *questionsBox = new QGroupBox(tr("Renseignements cliniques"), column);
    auto *qv = new QVBoxLayout(questionsBox);
    auto *scroll = new QScrollArea(questionsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_questions = new ClinicalQuestionsForm(scroll);
    scroll->setWidget(m_questions);
    qv->addWidget(scroll);
    v->addWidget(questionsBox, 2);
    connect(m_exams, &ExamPicker::changed, this, &OrderEntryDialog::refreshQuestions);
    connect(m_questions, &ClinicalQuestionsForm::yesNoChanged, this, &OrderEntryDialog::refreshQuestions);
    return column;
}

QWidget *OrderEntryDialog::buildSummary()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    m_summaryTitle = new QLabel(page);
    m_summaryTitle->setObjectName(QStringLiteral("summaryTitle"));
    m_summaryWarnings = new QLabel(page);
    m_summaryWarnings->setWordWrap(true);
    m_summaryWarnings->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_tubes = new QTableWidget(0, 3, page);
    m_tubes->setObjectName(QStringLiteral("tubes"));
    m_tubes->setHorizontalHeaderLabels({tr("Code-barres"), tr("Tube"), tr("Analyses")});
    m_tubes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tubes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tubes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tubes->verticalHeader()->hide();
    m_tubes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_labels = new LabelActions(m_services, page);
    v->addWidget(m_summaryTitle);
    v->addWidget(m_summaryWarnings);
    v->addWidget(m_tubes, 1);
    v->addWidget(m_labels);
    return page;
}

void OrderEntryDialog::addCorrespondent(const QString &name, const QString &rpps, const QString &mssante)
{
    const int row = m_correspondents->rowCount();
    m_correspondents->insertRow(row);
    m_correspondents->setItem(row, 0, new QTableWidgetItem(name));
    m_correspondents->setItem(row, 1, new QTableWidgetItem(rpps));
    m_correspondents->setItem(row, 2, new QTableWidgetItem(mssante));
    m_correspondents->setCurrentCell(row, 0);
    updateCorrespondentFlag(row);
}

bool OrderEntryDialog::pickPrescriber()
{
    DirectoryPickerDialog picker(m_services.directory(), tr("Prescripteur — Annuaire Santé"), this);
    picker.startWith(m_prescriberName->text());
    if (picker.exec() != QDialog::Accepted || !picker.chosen())
        return false;
    fillPrescriber(*picker.chosen());
    return true;
}

bool OrderEntryDialog::pickCorrespondent()
{
    DirectoryPickerDialog picker(m_services.directory(), tr("Copie à un correspondant — Annuaire Santé"), this);
    if (picker.exec() != QDialog::Accepted || !picker.chosen())
        return false;
    addCorrespondentFrom(*picker.chosen());
    return true;
}

void OrderEntryDialog::fillPrescriber(const domain::DirectoryProfessional &professional)
{
    using workflow::directory::DirectoryContact;
    m_prescriberName->setText(DirectoryContact::displayName(professional));
    m_prescriberRpps->setText(professional.idPp);
    m_prescriberMssante->setText(DirectoryContact::mssanteAddress(professional));
    updatePrescriberFlag();
}

void OrderEntryDialog::addCorrespondentFrom(const domain::DirectoryProfessional &professional)
{
    using workflow::directory::DirectoryContact;
    addCorrespondent(DirectoryContact::displayName(professional), professional.idPp,
                     DirectoryContact::mssanteAddress(professional));
}

void OrderEntryDialog::updatePrescriberFlag()
{
    // A half-typed number is judged only once the field is left.
    const QString rpps = m_prescriberRpps->text().trimmed();
    const QString flag = rpps.size() >= 11 || !m_prescriberRpps->hasFocus() ? m_flags.flagFor(rpps) : QString();
    m_prescriberFlag->setToolTip(flag);
    m_prescriberFlag->setVisible(!flag.isEmpty());
}

QString OrderEntryDialog::prescriberFlag() const
{
    return m_prescriberFlag->isHidden() ? QString() : m_prescriberFlag->toolTip();
}

void OrderEntryDialog::updateCorrespondentFlag(int row)
{
    QTableWidgetItem *item = m_correspondents->item(row, 1);
    if (!item)
        return;
    const QString flag = m_flags.flagFor(item->text());
    // Setting the icon changes the item again: no second round through itemChanged.
    const QSignalBlocker block(m_correspondents);
    item->setIcon(flag.isEmpty() ? QIcon() : RppsFlag::icon());
    item->setToolTip(flag);
    item->setData(Qt::UserRole, flag);
}

QString OrderEntryDialog::correspondentFlag(int row) const
{
    const QTableWidgetItem *item = m_correspondents->item(row, 1);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void OrderEntryDialog::updateEnabled()
{
    m_sampledAt->setEnabled(m_sampled->isChecked());
    m_samplerName->setEnabled(m_samplerKind->currentData().toInt() != static_cast<int>(Dossier::SamplerKind::Laboratory));
    m_ward->setEnabled(m_origin->currentData().toInt() == static_cast<int>(Dossier::Origin::Ward));
}

void OrderEntryDialog::updateRppsWarning()
{
    const QString rpps = m_prescriberRpps->text().trimmed();
    const bool wrongKey = rpps.size() == 11 && domain::RppsNumber::check(rpps) == domain::RppsNumber::Check::WrongKey;
    m_rppsWarning->setText(wrongKey ? tr("Clé de contrôle du RPPS incorrecte : vérifiez le numéro "
                                         "(le dossier peut quand même être enregistré).")
                                    : QString());
    m_rppsWarning->setVisible(wrongKey);
}

QString OrderEntryDialog::rppsWarning() const
{
    return m_rppsWarning->text();
}

void OrderEntryDialog::refreshQuestions()
{
    auto questions = m_services.entry().questionsFor(m_exams->chosenCodes(), m_patient.traits.sex, m_questions->answers());
    if (!questions) {
        showMessage(questions.error().message, true);
        return;
    }
    m_questions->setQuestions(*questions);
}

DossierRequest OrderEntryDialog::request() const
{
    DossierRequest r;
    r.patientId = m_patient.id;
    r.priority = static_cast<Dossier::Priority>(m_priority->currentData().toInt());
    r.prescriberName = m_prescriberName->text();
    r.prescriberRpps = m_prescriberRpps->text();
    r.prescriberMssante = m_prescriberMssante->text();
    r.prescribedOn = m_prescribedOn->date();
    if (m_sampled->isChecked())
        r.sampledAt = m_sampledAt->dateTime();
    r.samplerKind = static_cast<Dossier::SamplerKind>(m_samplerKind->currentData().toInt());
    r.samplerName = m_samplerName->isEnabled() ? m_samplerName->text() : QString();
    r.origin = static_cast<Dossier::Origin>(m_origin->currentData().toInt());
    r.ward = m_ward->text();
    for (int row = 0; row < m_correspondents->rowCount(); ++row) {
        domain::Correspondent c{cellText(m_correspondents, row, 1), cellText(m_correspondents, row, 0),
                                cellText(m_correspondents, row, 2), true};
        if (!c.name.isEmpty() || !c.rpps.isEmpty() || !c.mssante.isEmpty())
            r.correspondents << c;
    }
    r.examCodes = m_exams->chosenCodes();
    r.clinicalAnswers = m_questions->answers();
    r.reportToPrescriber = m_toPrescriber->isChecked();
    r.reportToPatient = m_toPatient->isChecked();
    r.paperCopy = m_paperCopy->isChecked();
    return r;
}

bool OrderEntryDialog::create()
{
    if (m_created)
        return false;
    auto change = m_services.entry().create(request());
    if (!change) {
        showError(change.error());
        return false;
    }
    m_created = *change;
    showSummary();
    return true;
}

void OrderEntryDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #8a5a00;"));
}

void OrderEntryDialog::showError(const domain::Error &error)
{
    showMessage(error.message, true);
    const QString where = error.location;
    QWidget *field = nullptr;
    static const QRegularExpression copyField(QStringLiteral(R"(^correspondents\[(\d+)\]\.(name|rpps|mssante)$)"));
    if (where == QStringLiteral("prescriber.name"))
        field = m_prescriberName;
    else if (where == QStringLiteral("prescriber.rpps"))
        field = m_prescriberRpps;
    else if (where == QStringLiteral("prescriber.mssante"))
        field = m_prescriberMssante;
    else if (where == QStringLiteral("prescribedOn"))
        field = m_prescribedOn;
    else if (where == QStringLiteral("sampledAt"))
        field = m_sampledAt;
    else if (where == QStringLiteral("ward"))
        field = m_ward;
    else if (where == QStringLiteral("reportToPatient"))
        field = m_toPatient;
    else if (where == QStringLiteral("exams"))
        field = m_exams->searchEdit();
    else if (auto m = copyField.match(where); m.hasMatch()) {
        const QString column = m.captured(2);
        m_correspondents->setCurrentCell(m.captured(1).toInt(),
                                         column == QStringLiteral("name") ? 0 : column == QStringLiteral("rpps") ? 1 : 2);
        field = m_correspondents;
    } else {
        QString code = where;
        code.remove(QStringLiteral("clinicalAnswers."));
        field = m_questions->input(code);
    }
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void OrderEntryDialog::showSummary()
{
    const auto &c = *m_created;
    m_summaryTitle->setText(tr("<b>Dossier %1 créé</b> — %2, %n tube(s) à prélever.", nullptr, int(c.newTubes.size()))
                                .arg(c.dossier.number, domain::priorityLabel(c.dossier.priority)));
    m_summaryWarnings->setText(c.warnings.join(QLatin1Char('\n')));
    m_summaryWarnings->setVisible(!c.warnings.isEmpty());
    m_tubes->setRowCount(0);
    for (const auto &t : c.newTubes) {
        const int row = m_tubes->rowCount();
        m_tubes->insertRow(row);
        const auto container = domain::ContainerType::find(t.specimen.containerCode);
        m_tubes->setItem(row, 0, new QTableWidgetItem(t.specimen.barcode));
        m_tubes->setItem(row, 1, new QTableWidgetItem(container ? container->label : t.specimen.containerCode));
        m_tubes->setItem(row, 2, new QTableWidgetItem(t.analysisCodes.join(QStringLiteral(", "))));
    }
    m_labels->setDossier(c.newTubes.isEmpty() ? 0 : c.dossier.id);
    m_pages->setCurrentIndex(1);
    m_createButton->setEnabled(false);
    m_createButton->hide();
    showMessage(c.warnings.isEmpty() ? QString() : tr("Dossier enregistré avec des avertissements."), false);
}

QString OrderEntryDialog::messageText() const
{
    return m_message->text();
}

} // namespace sgl::app
