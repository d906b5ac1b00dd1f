#include "app/reception/ReceptionView.h"

#include "app/reception/BirthPlacePicker.h"
#include "app/reception/CpsPinDialog.h"
#include "app/reception/IdentityForm.h"
#include "app/reception/InsiLookupDialog.h"
#include "app/reception/PatientListModel.h"
#include "app/reception/PatientMergeDialog.h"
#include "app/reception/ReceptionServices.h"
#include "app/widgets/IdentityStatusBadge.h"
#include "domain/security/Permission.h"
#include "workflow/identity/QualifyIdentity.h"
#include "workflow/identity/RecordEvidence.h"
#include "workflow/identity/RegisterPatient.h"
#include "workflow/identity/SearchPatients.h"
#include "workflow/identity/SetIdentityAttributes.h"
#include "workflow/identity/UpdatePatient.h"
#include "ui_ReceptionView.h"

#include <QBoxLayout>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QStyleOptionFrame>

namespace sgl::app {

using domain::Patient;

ReceptionView::ReceptionView(std::unique_ptr<ReceptionServices> services,
                             domain::UserSession session, bool readOnly, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::ReceptionView>()),
      m_services(std::move(services)),
      m_session(std::move(session)),
      m_readOnly(readOnly),
      m_model(new PatientListModel(this)),
      m_badge(new IdentityStatusBadge(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("screenTitle"));
    m_ui->patientTitleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_ui->patientHeaderLayout->insertWidget(0, m_badge);
    // The name takes the header's width (wrapped when long) so that the form stays narrow.
    m_ui->patientHeaderLayout->setStretchFactor(m_ui->patientTitleLabel, 1);
    // The INS line is long (15 characters + OID): give it its own line under the name.
    m_ui->patientHeaderLayout->removeWidget(m_ui->insLabel);
    m_ui->formLayout->insertWidget(1, m_ui->insLabel);
    m_ui->patientTable->setModel(m_model);
    m_ui->patientTable->verticalHeader()->hide();
    // Seven columns must fit the list's share of a 1366 px screen: the short ones take what their
    // contents need, the three names share the rest (elided, the full name in the tooltip).
    auto *header = m_ui->patientTable->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column : {PatientListModel::LocalId, PatientListModel::BirthDate, PatientListModel::SexColumn,
                       PatientListModel::Status})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : {PatientListModel::BirthName, PatientListModel::UsedName, PatientListModel::FirstNames})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    // The INS sits in the form and in the identity column's tooltip; the list keeps its room for
    // the names.
    m_ui->patientTable->setColumnHidden(PatientListModel::InsColumn, true);
    // The form takes the width its content needs, no more (fitFormWidth), the list the rest: at
    // 1366 px the search fields sit on two rows and the form wraps its buttons and attributes so
    // that the names in the list stay readable. Neither side can be collapsed by the handle.
    m_ui->splitter->setChildrenCollapsible(false);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);
    m_ui->formPanel->installEventFilter(this);
    for (QLineEdit *edit : {m_ui->searchBirthDateEdit, m_ui->searchIppEdit})
        edit->installEventFilter(this);
    fitSearchFields();
    m_birthPlace = new BirthPlacePicker(m_ui->birthPlaceEdit);
    m_form = std::make_unique<IdentityForm>(*m_ui, *m_badge, *m_birthPlace);
    m_form->fillChoices();

    for (QLineEdit *edit : {m_ui->searchNameEdit, m_ui->searchBirthDateEdit, m_ui->searchIppEdit,
                             m_ui->searchCodeEdit})
        connect(edit, &QLineEdit::returnPressed, this, &ReceptionView::search);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &ReceptionView::search);
    connect(m_ui->newPatientButton, &QPushButton::clicked, this, &ReceptionView::startNewPatient);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReceptionView::save);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ReceptionView::cancel);
    connect(m_ui->confirmDuplicatesButton, &QPushButton::clicked, this,
            &ReceptionView::confirmDuplicates);
    connect(m_ui->addEvidenceButton, &QPushButton::clicked, this, &ReceptionView::addEvidence);
    connect(m_ui->applyAttributesButton, &QPushButton::clicked, this,
            &ReceptionView::applyAttributes);
    connect(m_ui->insiButton, &QPushButton::clicked, this, &ReceptionView::lookupInsi);
    // The CPx mode (the user's own CPS card) sits beside the organisation-certificate button when
    // this workstation has a card module and the INSi CPx address.
    m_insiCardButton = new QPushButton(tr("INSi avec ma carte CPS"), this);
    m_insiCardButton->setObjectName(QStringLiteral("insiCardButton"));
    m_insiCardButton->setVisible(false); // until the form state says the CPx mode is offered
    m_ui->formButtonsLayout->insertWidget(m_ui->formButtonsLayout->indexOf(m_ui->insiButton) + 1, m_insiCardButton);
    connect(m_insiCardButton, &QPushButton::clicked, this, &ReceptionView::lookupInsiWithCard);
    // Identity vigilance staff only (biologists included, even on a read-only Accueil); the use
    // cases check the permission again.
    m_canMerge = domain::rolesGrant(m_session.roles, domain::Permission::PatientMerge);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &ReceptionView::openMergeDialog);
    if (!m_services->qualify())
        m_ui->insiButton->setToolTip(m_services->insiError().message);
    connect(m_ui->patientTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openRow(current.row());
            });
    auto *newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    connect(newShortcut, &QShortcut::activated, this, &ReceptionView::startNewPatient);
    auto *saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    connect(saveShortcut, &QShortcut::activated, this, &ReceptionView::save);
    auto *findShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_ui->searchNameEdit->setFocus();
        m_ui->searchNameEdit->selectAll();
    });
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), m_ui->formPanel);
    connect(cancelShortcut, &QShortcut::activated, this, &ReceptionView::cancel);

    clearForm();
    m_ui->searchNameEdit->setFocus();
}

ReceptionView::~ReceptionView() = default;

bool ReceptionView::eventFilter(QObject *watched, QEvent *event)
{
    // Buttons shown or hidden (editing, duplicates, the DMP and order buttons other features add)
    // change what the form needs: follow it so that the form never scrolls sideways.
    if (watched == m_ui->formPanel && event->type() == QEvent::LayoutRequest)
        fitFormWidth();
    // The style sheet sets the fonts when the screen is first shown.
    if ((watched == m_ui->searchBirthDateEdit || watched == m_ui->searchIppEdit)
        && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        fitSearchFields();
    return QWidget::eventFilter(watched, event);
}

void ReceptionView::fitSearchFields()
{
    // A whole date (dd/mm/yyyy) and a whole IPP as RegisterPatient numbers them (P, yyMMdd, six
    // digits), with the frame and padding the style gives a line edit: QLineEdit::sizeHint's
    // computation, for a sample text.
    const auto fit = [](QLineEdit *edit, const QString &sample) {
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
        option.state |= QStyle::State_Sunken;
        const QMargins margins = edit->textMargins();
        const QSize text(edit->fontMetrics().horizontalAdvance(sample) + margins.left() + margins.right() + 4,
                         edit->sizeHint().height());
        edit->setMinimumWidth(edit->style()->sizeFromContents(QStyle::CT_LineEdit, &option, text, edit).width());
    };
    fit(m_ui->searchBirthDateEdit, QStringLiteral("00/00/00000"));
    fit(m_ui->searchIppEdit, QStringLiteral("P0000000000000"));
}

void ReceptionView::fitFormWidth()
{
    QScrollArea *scroll = m_ui->formScroll;
    const int needed = m_ui->formPanel->minimumSizeHint().width() + 2 * scroll->frameWidth()
                       + scroll->verticalScrollBar()->sizeHint().width();
    if (scroll->minimumWidth() != needed)
        scroll->setMinimumWidth(needed);
}

QString ReceptionView::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void ReceptionView::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setObjectName(error ? QStringLiteral("errorLabel")
                                            : QStringLiteral("infoBanner"));
    // Selectors match on the object name: polish again so the new colours apply.
    m_ui->messageLabel->style()->unpolish(m_ui->messageLabel);
    m_ui->messageLabel->style()->polish(m_ui->messageLabel);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

bool ReceptionView::search()
{
    workflow::identity::PatientQuery query;
    query.name = m_ui->searchNameEdit->text().trimmed();
    query.localId = m_ui->searchIppEdit->text().trimmed();
    query.dossierOrSpecimen = m_ui->searchCodeEdit->text().trimmed();
    query.approximate = m_ui->approximateCheck->isChecked();
    const QString dateText = m_ui->searchBirthDateEdit->text().trimmed();
    if (!dateText.isEmpty()) {
        query.birthDate = QDate::fromString(dateText, IdentityForm::kDateFormat);
        if (!query.birthDate.isValid()) {
            m_ui->searchStatusLabel->setText(
                tr("Date de naissance invalide : « %1 » (attendu jj/mm/aaaa).").arg(dateText));
            m_ui->searchBirthDateEdit->setFocus();
            return false;
        }
    }
    if (query.name.isEmpty() && query.localId.isEmpty() && !query.birthDate.isValid()
        && query.dossierOrSpecimen.isEmpty()) {
        m_ui->searchStatusLabel->setText(tr("Saisissez un nom, une date de naissance, un IPP ou "
                                            "un n° de dossier / code-barres de tube."));
        return false;
    }
    auto found = m_services->search().run(query);
    if (!found) {
        m_ui->searchStatusLabel->setText(found.error().message);
        return false;
    }
    m_results = std::move(*found);
    m_model->setPatients(m_results);
    m_ui->patientTable->resizeColumnsToContents();
    m_ui->searchStatusLabel->setText(m_results.isEmpty()
                                         ? tr("Aucun patient trouvé.")
                                         : tr("%n patient(s) trouvé(s).", nullptr,
                                              static_cast<int>(m_results.size())));
    if (!m_results.isEmpty())
        m_ui->patientTable->setFocus();
    updateButtons(); // the Doublons button needs results or a selected patient
    return true;
}

void ReceptionView::openRow(int row)
{
    const Patient *patient = m_model->patientAt(row);
    if (!patient)
        return;
    m_creating = false;
    m_awaitingDuplicateReview = false;
    showMessage({}, false);
    // Search results leave out the identity documents: read the record as stored.
    auto stored = m_services->search().open(patient->id);
    if (!stored) {
        showPatient(*patient);
        showMessage(stored.error().message, true);
        return;
    }
    showPatient(*stored);
}

void ReceptionView::showPatient(const Patient &p)
{
    m_current = p;
    m_form->show(p, !m_readOnly && p.mergedInto == 0);
    if (p.mergedInto != 0)
        showMessage(tr("Dossier fusionné dans un autre patient : consultation seule."), true);
    updateButtons();
}

void ReceptionView::clearForm()
{
    m_current.reset();
    m_newEvidence.clear();
    m_form->clear();
    showMessage({}, false);
    updateButtons();
}

void ReceptionView::updateButtons()
{
    const bool editing = !m_readOnly && (m_creating || (m_current && m_current->mergedInto == 0));
    m_ui->newPatientButton->setVisible(!m_readOnly);
    m_ui->saveButton->setVisible(!m_readOnly);
    m_ui->cancelButton->setVisible(!m_readOnly);
    m_ui->saveButton->setEnabled(editing);
    m_ui->cancelButton->setEnabled(editing);
    m_ui->addEvidenceButton->setVisible(!m_readOnly);
    m_ui->addEvidenceButton->setEnabled(editing);
    m_ui->applyAttributesButton->setVisible(!m_readOnly && !m_creating);
    m_ui->applyAttributesButton->setEnabled(editing && !m_creating);
    m_ui->confirmDuplicatesButton->setVisible(m_awaitingDuplicateReview);
    m_ui->insiButton->setVisible(!m_readOnly);
    m_ui->mergeButton->setVisible(m_canMerge);
    m_ui->mergeButton->setEnabled(m_canMerge && !m_creating && (m_current || !m_results.isEmpty()));
    m_ui->insiButton->setEnabled(editing && !m_creating && m_services->qualify() != nullptr);
    m_insiCardButton->setVisible(!m_readOnly && m_services->cpxAvailable());
    m_insiCardButton->setEnabled(editing && !m_creating);
    emit currentPatientChanged();
}

InsiLookupDialog *ReceptionView::insiDialog() const
{
    return m_insiDialog.data();
}

void ReceptionView::lookupInsi()
{
    if (m_readOnly || m_creating || !m_current)
        return;
    auto *qualify = m_services->qualify();
    if (!qualify) {
        showMessage(m_services->insiError().message, true);
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto lookup = qualify->lookup(m_current->id);
    QGuiApplication::restoreOverrideCursor();
    if (!lookup) {
        showMessage(lookup.error().message, true);
        return;
    }
    openInsiDialog(*qualify, std::move(*lookup));
}

CpsPinDialog *ReceptionView::pinDialog() const
{
    return m_pinDialog.data();
}

void ReceptionView::lookupInsiWithCard()
{
    if (m_readOnly || m_creating || !m_current || !m_services->cpxAvailable())
        return;
    auto *dialog = new CpsPinDialog(QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pinDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_current)
            return;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto qualify = m_services->qualifyWithCard(dialog->takePin());
        auto lookup = qualify ? (*qualify)->lookup(m_current->id)
                              : domain::Result<workflow::identity::InsiLookup>(std::unexpected(qualify.error()));
        QGuiApplication::restoreOverrideCursor();
        if (!lookup) {
            m_services->releaseCard();
            showMessage(lookup.error().message, true);
            return;
        }
        openInsiDialog(**qualify, std::move(*lookup));
    });
    dialog->open();
}

void ReceptionView::openInsiDialog(workflow::identity::QualifyIdentity &qualify, workflow::identity::InsiLookup lookup)
{
    auto *dialog = new InsiLookupDialog(qualify, std::move(lookup), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_insiDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        m_services->releaseCard(); // the card is asked again for the next lookup
        if (const auto patient = dialog->qualified()) {
            replaceInResults(*patient);
            showPatient(*patient);
            showMessage(tr("Identité INSi acceptée ; identité %1.")
                            .arg(domain::identityStatusCode(patient->status)),
                        false);
        } else if (dialog->refusalRecorded()) {
            showMessage(tr("Identité INSi refusée ; le refus est tracé."), false);
        }
    });
    dialog->open();
}

PatientMergeDialog *ReceptionView::mergeDialog() const
{
    return m_mergeDialog.data();
}

void ReceptionView::openMergeDialog()
{
    if (!m_canMerge || m_creating)
        return;
    QList<qint64> ids;
    if (m_current && m_current->mergedInto == 0)
        ids << m_current->id;
    else
        for (const Patient &p : m_results)
            ids << p.id;
    if (ids.isEmpty()) {
        showMessage(tr("Recherchez ou sélectionnez d'abord un patient : ses doublons probables seront "
                       "proposés."),
                    true);
        return;
    }
    if (m_mergeDialog)
        m_mergeDialog->close();
    auto *dialog = new PatientMergeDialog(m_services->duplicates(), m_services->merge(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_mergeDialog = dialog;
    connect(dialog, &PatientMergeDialog::merged, this, &ReceptionView::afterMerge);
    dialog->open();
}

void ReceptionView::afterMerge(const Patient &survivor, const Patient &merged)
{
    m_results.removeIf([&merged](const Patient &p) { return p.id == merged.id; });
    if (std::none_of(m_results.begin(), m_results.end(), [&survivor](const Patient &p) { return p.id == survivor.id; }))
        m_results.append(survivor);
    m_model->setPatients(m_results);
    replaceInResults(survivor);
    if (m_current && (m_current->id == survivor.id || m_current->id == merged.id)) {
        showPatient(survivor);
        showMessage(tr("Dossier %1 fusionné dans %2.").arg(merged.localId, survivor.localId), false);
    }
    updateButtons();
}

void ReceptionView::startNewPatient()
{
    if (m_readOnly)
        return;
    const QString name = m_ui->searchNameEdit->text().trimmed();
    const QString date = m_ui->searchBirthDateEdit->text().trimmed();
    clearForm();
    m_creating = true;
    m_awaitingDuplicateReview = false;
    m_ui->patientTable->clearSelection();
    m_form->startNew(name, date);
    updateButtons();
}

std::optional<IdentityForm::Data> ReceptionView::readForm()
{
    auto form = m_form->read(m_current);
    if (!form) {
        showMessage(form.error().message, true);
        if (form.error().field)
            form.error().field->setFocus();
        return std::nullopt;
    }
    return *form;
}

void ReceptionView::save()
{
    if (m_readOnly)
        return;
    if (m_creating) {
        runRegistration(false);
        return;
    }
    if (!m_current)
        return;
    const auto form = readForm();
    if (!form)
        return;
    workflow::identity::IdentityEdit edit{form->traits, form->phone, form->email, form->address};
    const domain::IdentityStatus before = m_current->status;
    auto saved = m_services->update().run(m_current->id, m_current->version, edit);
    if (!saved) {
        showMessage(saved.error().message, true);
        return;
    }
    replaceInResults(*saved);
    showPatient(*saved);
    if (saved->status != before)
        showMessage(tr("Identité enregistrée. Un trait strict a changé : le statut passe de %1 "
                       "à %2.")
                        .arg(domain::identityStatusCode(before),
                             domain::identityStatusCode(saved->status)),
                    false);
    else
        showMessage(tr("Identité enregistrée."), false);
}

void ReceptionView::runRegistration(bool duplicatesReviewed)
{
    const auto form = readForm();
    if (!form)
        return;
    workflow::identity::RegistrationRequest request;
    request.traits = form->traits;
    request.phone = form->phone;
    request.email = form->email;
    request.address = form->address;
    request.evidence = m_newEvidence;
    request.doubtful = m_form->doubtful();
    request.fictitious = m_form->fictitious();
    request.homonym = m_form->homonym();
    request.duplicatesReviewed = duplicatesReviewed;
    auto outcome = m_services->registration().run(request);
    if (!outcome) {
        showMessage(outcome.error().message, true);
        return;
    }
    if (!outcome->created) {
        QStringList lines;
        for (const auto &match : outcome->duplicates) {
            lines << tr("• %1 — %2, né(e) le %3 : %4 (score %5)")
                         .arg(match.patient.localId, IdentityForm::displayName(match.patient),
                              match.patient.traits.birthDate.toString(IdentityForm::kDateFormat),
                              match.candidate.reasons.join(QStringLiteral(", ")))
                         .arg(match.candidate.score);
        }
        m_awaitingDuplicateReview = true;
        showMessage(tr("Identités proches déjà enregistrées ; rien n'a été créé. Vérifiez qu'il "
                       "ne s'agit pas du même patient :\n%1")
                        .arg(lines.join(QLatin1Char('\n'))),
                    true);
        // Show the candidates in the list so the user can open them; the search's count no longer
        // describes the list.
        m_ui->searchStatusLabel->clear();
        m_results.clear();
        for (const auto &match : outcome->duplicates)
            m_results.append(match.patient);
        m_model->setPatients(m_results);
        updateButtons();
        return;
    }
    m_creating = false;
    m_awaitingDuplicateReview = false;
    m_newEvidence.clear();
    m_ui->searchStatusLabel->clear();
    m_results = {outcome->patient};
    m_model->setPatients(m_results);
    showPatient(outcome->patient);
    showMessage(tr("Patient créé : IPP %1, identité %2.")
                    .arg(outcome->patient.localId,
                         domain::identityStatusCode(outcome->patient.status)),
                false);
}

void ReceptionView::confirmDuplicates()
{
    if (!m_creating || !m_awaitingDuplicateReview)
        return;
    runRegistration(true);
}

void ReceptionView::addEvidence()
{
    if (m_readOnly || (!m_creating && !m_current))
        return;
    domain::IdentityEvidence evidence = m_form->takeTypedEvidence();
    evidence.checkedBy = m_session.login;
    evidence.checkedAt = QDateTime::currentDateTimeUtc();
    if (m_creating) {
        m_newEvidence.append(evidence);
        m_form->showEvidence(m_newEvidence);
        return;
    }
    auto saved = m_services->evidence().run(m_current->id, m_current->version, evidence);
    if (!saved) {
        showMessage(saved.error().message, true);
        return;
    }
    replaceInResults(*saved);
    showPatient(*saved);
    showMessage(tr("Pièce enregistrée ; identité %1.")
                    .arg(domain::identityStatusCode(saved->status)),
                false);
}

void ReceptionView::applyAttributes()
{
    if (m_readOnly || m_creating || !m_current)
        return;
    workflow::identity::IdentityAttributes attributes{m_form->doubtful(), m_form->fictitious(), m_form->homonym()};
    auto saved = m_services->attributes().run(m_current->id, m_current->version, attributes);
    if (!saved) {
        showMessage(saved.error().message, true);
        return;
    }
    replaceInResults(*saved);
    showPatient(*saved);
    showMessage(tr("Attributs enregistrés ; identité %1.")
                    .arg(domain::identityStatusCode(saved->status)),
                false);
}

void ReceptionView::cancel()
{
    m_creating = false;
    m_awaitingDuplicateReview = false;
    if (m_current)
        showPatient(*m_current); // back to what is stored
    else
        clearForm();
    showMessage({}, false);
}

void ReceptionView::replaceInResults(const Patient &patient)
{
    for (Patient &p : m_results) {
        if (p.id == patient.id)
            p = patient;
    }
    const int row = m_model->rowOf(patient.id);
    m_model->setPatients(m_results);
    if (row >= 0) {
        const QSignalBlocker blocker(m_ui->patientTable->selectionModel());
        m_ui->patientTable->selectRow(row);
    }
}

} // namespace sgl::app
