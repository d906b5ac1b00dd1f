#include "app/analyzers/AnalyzerProfileDialog.h"

#include "app/analyzers/ProfileMappingsEditor.h"
#include "app/analyzers/ReasonDialog.h"
#include "domain/ErrorCodes.h"
#include "domain/analyzer/AnalyzerProfileJson.h"
#include "domain/analyzer/FieldRef.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sgl::app {

using domain::analyzer::AnalyzerProfile;
using domain::analyzer::AnalyzerProtocol;
using domain::analyzer::FieldRef;
using domain::analyzer::OrderMode;
using domain::analyzer::TransportKind;

namespace {

enum Tab { General, Link, Reading, Mappings, QcOrders };

QWidget *formPage(QTabWidget *tabs, const QString &title, QFormLayout **form)
{
    auto *page = new QWidget(tabs);
    *form = new QFormLayout(page);
    (*form)->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    tabs->addTab(page, title);
    return page;
}

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, int minimumWidth = 260)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMinimumWidth(minimumWidth);
    return edit;
}

QString refText(const std::optional<FieldRef> &ref, AnalyzerProtocol protocol)
{
    return ref ? ref->toString(protocol) : QString();
}

} // namespace

AnalyzerProfileDialog::AnalyzerProfileDialog(const AnalyzerProfile &profile, bool isNew,
                                             const QList<AnalysisChoice> &analyses, Submit submit, bool readOnly,
                                             QWidget *parent)
    : QDialog(parent), m_initial(profile), m_submit(std::move(submit)), m_tabs(new QTabWidget(this)),
      m_generalError(new QLabel(this))
{
    setWindowTitle(isNew ? tr("Nouveau profil d'automate") : tr("Profil d'automate %1").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);

    QFormLayout *form = nullptr;
    QWidget *page = formPage(m_tabs, tr("Général"), &form);
    m_name = lineEdit(page, QStringLiteral("nameEdit"));
    m_name->setReadOnly(!isNew);
    m_name->setPlaceholderText(tr("minuscules, chiffres et tirets (ex. sysmex-xn550)"));
    form->addRow(tr("&Nom :"), wrap(QStringLiteral("name"), m_name, General));
    m_label = lineEdit(page, QStringLiteral("labelEdit"), 360);
    form->addRow(tr("&Libellé :"), wrap(QStringLiteral("label"), m_label, General));
    m_analyzerId = lineEdit(page, QStringLiteral("analyzerIdEdit"), 160);
    m_analyzerId->setToolTip(tr("Identifiant de l'automate dans les codes automates du catalogue (ex. XN, COBAS)."));
    form->addRow(tr("&Identifiant automate :"), wrap(QStringLiteral("analyzerId"), m_analyzerId, General));
    m_protocol = new QComboBox(page);
    m_protocol->setObjectName(QStringLiteral("protocolCombo"));
    m_protocol->addItem(tr("ASTM E1381/E1394 (LIS2-A2)"), static_cast<int>(AnalyzerProtocol::Astm));
    m_protocol->addItem(tr("HL7 v2 LAW (MLLP)"), static_cast<int>(AnalyzerProtocol::Hl7));
    form->addRow(tr("&Protocole :"), wrap(QStringLiteral("protocol"), m_protocol, General));
    m_charset = new QComboBox(page);
    m_charset->setObjectName(QStringLiteral("charsetCombo"));
    m_charset->setEditable(true);
    m_charset->addItems({QStringLiteral("latin1"), QStringLiteral("utf-8"), QStringLiteral("windows-1252"),
                         QStringLiteral("ascii")});
    form->addRow(tr("&Jeu de caractères :"), wrap(QStringLiteral("charset"), m_charset, General));
    m_lenient = new QCheckBox(tr("Numéros de trame tolérants (automates qui ne suivent pas 1–7, 0)"), page);
    m_lenient->setObjectName(QStringLiteral("lenientCheck"));
    form->addRow(QString(), wrap(QStringLiteral("lenientFrameNumbers"), m_lenient, General));
    m_active = new QCheckBox(tr("Profil &actif (la passerelle ouvre sa liaison)"), page);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    form->addRow(QString(), wrap(QStringLiteral("active"), m_active, General));

    page = formPage(m_tabs, tr("Liaison"), &form);
    m_transportKind = new QComboBox(page);
    m_transportKind->setObjectName(QStringLiteral("transportCombo"));
    m_transportKind->addItem(tr("Serveur TCP (l'automate se connecte)"), static_cast<int>(TransportKind::TcpServer));
    m_transportKind->addItem(tr("Client TCP (le laboratoire se connecte)"), static_cast<int>(TransportKind::TcpClient));
    m_transportKind->addItem(tr("Série RS-232"), static_cast<int>(TransportKind::Serial));
    m_transportKind->addItem(tr("Aucune (fichiers seulement)"), static_cast<int>(TransportKind::None));
    form->addRow(tr("&Type de liaison :"), wrap(QStringLiteral("transport.kind"), m_transportKind, Link));
    m_host = lineEdit(page, QStringLiteral("hostEdit"));
    form->addRow(tr("&Adresse :"), wrap(QStringLiteral("transport.host"), m_host, Link));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setMinimumWidth(120);
    form->addRow(tr("&Port TCP :"), wrap(QStringLiteral("transport.port"), m_port, Link));
    m_serialPort = lineEdit(page, QStringLiteral("serialPortEdit"));
    m_serialPort->setPlaceholderText(QStringLiteral("/dev/ttyUSB0"));
    form->addRow(tr("Port &série :"), wrap(QStringLiteral("transport.serialPort"), m_serialPort, Link));
    m_baud = new QComboBox(page);
    m_baud->setObjectName(QStringLiteral("baudCombo"));
    for (int rate : {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200})
        m_baud->addItem(QString::number(rate), rate);
    form->addRow(tr("&Vitesse (bauds) :"), wrap(QStringLiteral("transport.baudRate"), m_baud, Link));
    m_dataBits = new QSpinBox(page);
    m_dataBits->setRange(5, 8);
    form->addRow(tr("Bits de &données :"), wrap(QStringLiteral("transport.dataBits"), m_dataBits, Link));
    m_parity = new QComboBox(page);
    m_parity->addItem(tr("Aucune (N)"), QStringLiteral("N"));
    m_parity->addItem(tr("Paire (E)"), QStringLiteral("E"));
    m_parity->addItem(tr("Impaire (O)"), QStringLiteral("O"));
    form->addRow(tr("Pa&rité :"), wrap(QStringLiteral("transport.parity"), m_parity, Link));
    m_stopBits = new QSpinBox(page);
    m_stopBits->setRange(1, 2);
    form->addRow(tr("Bits d'a&rrêt :"), wrap(QStringLiteral("transport.stopBits"), m_stopBits, Link));

    page = formPage(m_tabs, tr("Lecture"), &form);
    auto *readingHint = new QLabel(tr("Positions écrites comme dans la documentation de l'automate : "
                                      "O-3.1, R-3.4 (ASTM) ; SPM-2.1, OBX-3.1 (HL7). Composant 0 : champ entier."),
                                   page);
    readingHint->setWordWrap(true);
    form->addRow(readingHint);
    m_specimenRef = lineEdit(page, QStringLiteral("specimenRefEdit"), 140);
    form->addRow(tr("N° d'&échantillon :"), wrap(QStringLiteral("specimenId"), m_specimenRef, Reading));
    m_testCodeRef = lineEdit(page, QStringLiteral("testCodeRefEdit"), 140);
    form->addRow(tr("&Code d'analyse :"), wrap(QStringLiteral("testCode"), m_testCodeRef, Reading));
    m_resultKindRef = lineEdit(page, QStringLiteral("resultKindRefEdit"), 140);
    m_resultKindRef->setPlaceholderText(tr("vide : tous les résultats"));
    form->addRow(tr("&Type de résultat lu en :"), wrap(QStringLiteral("resultKind"), m_resultKindRef, Reading));
    m_resultKinds = lineEdit(page, QStringLiteral("resultKindsEdit"), 140);
    m_resultKinds->setPlaceholderText(tr("types conservés, séparés par des espaces (ex. F)"));
    form->addRow(tr("Types &conservés :"), wrap(QStringLiteral("resultKinds"), m_resultKinds, Reading));
    m_valueComponent = new QSpinBox(page);
    m_valueComponent->setObjectName(QStringLiteral("valueComponentSpin"));
    m_valueComponent->setRange(1, 20);
    form->addRow(tr("Composant de la &valeur :"), wrap(QStringLiteral("values.valueComponent"), m_valueComponent, Reading));
    m_dilutionRef = lineEdit(page, QStringLiteral("dilutionRefEdit"), 140);
    m_dilutionRef->setPlaceholderText(tr("vide : pas de facteur de dilution"));
    form->addRow(tr("&Dilution lue en :"), wrap(QStringLiteral("values.dilution"), m_dilutionRef, Reading));
    m_identity = new QCheckBox(tr("Code inconnu = analyse du catalogue de même code (profils génériques)"), page);
    m_identity->setObjectName(QStringLiteral("identityMappingCheck"));
    form->addRow(QString(), wrap(QStringLiteral("identityMapping"), m_identity, Reading));

    m_mappings = new ProfileMappingsEditor(analyses, m_tabs);
    m_tabs->addTab(m_mappings, tr("Correspondances"));
    for (const QString &key : {QStringLiteral("codeMappings"), QStringLiteral("flagMappings"),
                               QStringLiteral("ignoredTestCodes")}) {
        // The tables carry their errors in the banner under the tabs: no room beside a table.
        m_fields.insert(key, Field{m_mappings, nullptr, Mappings});
    }

    page = formPage(m_tabs, tr("Contrôle qualité et commandes"), &form);
    m_trustQc = new QCheckBox(tr("Reconnaître les contrôles signalés par le message (ASTM Q, HL7 SPM-11 Q)"), page);
    m_trustQc->setObjectName(QStringLiteral("trustQcCheck"));
    form->addRow(QString(), wrap(QStringLiteral("qc.trustMessage"), m_trustQc, QcOrders));
    m_qcPattern = lineEdit(page, QStringLiteral("qcPatternEdit"));
    m_qcPattern->setPlaceholderText(tr("expression régulière, ex. ^QC-.*$"));
    form->addRow(tr("N° d'échantillon de &contrôle :"), wrap(QStringLiteral("qc.specimenIdPattern"), m_qcPattern, QcOrders));
    m_orderMode = new QComboBox(page);
    m_orderMode->setObjectName(QStringLiteral("orderModeCombo"));
    m_orderMode->addItem(tr("Résultats seulement"), static_cast<int>(OrderMode::None));
    m_orderMode->addItem(tr("Interrogation de l'hôte par code-barres"), static_cast<int>(OrderMode::HostQuery));
    m_orderMode->addItem(tr("Envoi de la liste de travail"), static_cast<int>(OrderMode::WorklistDownload));
    form->addRow(tr("&Demandes :"), wrap(QStringLiteral("orderMode"), m_orderMode, QcOrders));
    m_queryComponent = new QSpinBox(page);
    m_queryComponent->setObjectName(QStringLiteral("queryComponentSpin"));
    m_queryComponent->setRange(0, 20);
    m_queryComponent->setSpecialValueText(tr("position standard"));
    m_queryComponent->setMinimumWidth(160);
    form->addRow(tr("Composant du code-barres dans l'&interrogation :"),
                 wrap(QStringLiteral("querySpecimenComponent"), m_queryComponent, QcOrders));

    m_generalError->setObjectName(QStringLiteral("errorLabel"));
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    layout->addWidget(m_generalError);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Enregistrer…"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(!readOnly);
    buttons->button(QDialogButtonBox::Cancel)->setText(readOnly ? tr("&Fermer") : tr("&Annuler"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AnalyzerProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_transportKind, &QComboBox::currentIndexChanged, this, &AnalyzerProfileDialog::updateTransport);
    load(profile);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &AnalyzerProfileDialog::protocolChanged);
    resize(1080, 600);
}

AnalyzerProfileDialog::~AnalyzerProfileDialog() = default;

QWidget *AnalyzerProfileDialog::wrap(const QString &key, QWidget *widget, int tab)
{
    auto *box = new QWidget(widget->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(widget);
    auto *error = new QLabel(box);
    error->setObjectName(QStringLiteral("errorLabel"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    m_fields.insert(key, Field{widget, error, tab});
    return box;
}

QWidget *AnalyzerProfileDialog::field(const QString &key) const
{
    return m_fields.value(key).widget;
}

void AnalyzerProfileDialog::load(const AnalyzerProfile &p)
{
    m_name->setText(p.name);
    m_label->setText(p.label);
    m_analyzerId->setText(p.analyzerId);
    m_protocol->setCurrentIndex(m_protocol->findData(static_cast<int>(p.protocol)));
    m_charset->setEditText(p.charset);
    m_lenient->setChecked(p.lenientFrameNumbers);
    m_active->setChecked(p.active);
    m_transportKind->setCurrentIndex(m_transportKind->findData(static_cast<int>(p.transport.kind)));
    m_host->setText(p.transport.host);
    m_port->setValue(p.transport.port);
    m_serialPort->setText(p.transport.serialPort);
    if (const int baud = m_baud->findData(p.transport.baudRate); baud >= 0)
        m_baud->setCurrentIndex(baud);
    m_dataBits->setValue(p.transport.dataBits);
    m_parity->setCurrentIndex(std::max(0, m_parity->findData(QString(QChar::fromLatin1(p.transport.parity)))));
    m_stopBits->setValue(p.transport.stopBits);
    m_specimenRef->setText(p.specimenId.toString(p.protocol));
    m_testCodeRef->setText(p.testCode.toString(p.protocol));
    m_resultKindRef->setText(refText(p.resultKind, p.protocol));
    m_resultKinds->setText(p.resultKinds.join(QLatin1Char(' ')));
    m_valueComponent->setValue(p.values.valueComponent);
    m_dilutionRef->setText(refText(p.values.dilution, p.protocol));
    m_identity->setChecked(p.identityMapping);
    m_queryComponent->setValue(p.querySpecimenComponent);
    m_mappings->setProfile(p);
    m_trustQc->setChecked(p.qc.trustMessage);
    m_qcPattern->setText(p.qc.specimenIdPattern);
    m_orderMode->setCurrentIndex(m_orderMode->findData(static_cast<int>(p.orderMode)));
    updateTransport();
}

void AnalyzerProfileDialog::updateTransport()
{
    const auto kind = static_cast<TransportKind>(m_transportKind->currentData().toInt());
    const bool tcp = kind == TransportKind::TcpServer || kind == TransportKind::TcpClient;
    const bool serial = kind == TransportKind::Serial;
    m_host->setEnabled(tcp);
    m_port->setEnabled(tcp);
    for (QWidget *w : std::initializer_list<QWidget *>{m_serialPort, m_baud, m_dataBits, m_parity, m_stopBits})
        w->setEnabled(serial);
}

void AnalyzerProfileDialog::protocolChanged()
{
    // Positions still at the other protocol's standard places follow the protocol; edited ones stay.
    const auto protocol = static_cast<AnalyzerProtocol>(m_protocol->currentData().toInt());
    const auto other = protocol == AnalyzerProtocol::Astm ? AnalyzerProtocol::Hl7 : AnalyzerProtocol::Astm;
    const AnalyzerProfile before = AnalyzerProfile::standard(other);
    const AnalyzerProfile after = AnalyzerProfile::standard(protocol);
    if (m_specimenRef->text() == before.specimenId.toString(other) || m_specimenRef->text().isEmpty())
        m_specimenRef->setText(after.specimenId.toString(protocol));
    if (m_testCodeRef->text() == before.testCode.toString(other) || m_testCodeRef->text().isEmpty())
        m_testCodeRef->setText(after.testCode.toString(protocol));
}

domain::Result<AnalyzerProfile> AnalyzerProfileDialog::formProfile() const
{
    AnalyzerProfile p = m_initial;
    p.name = m_name->text().trimmed();
    p.label = m_label->text().trimmed();
    p.analyzerId = m_analyzerId->text().trimmed();
    p.protocol = static_cast<AnalyzerProtocol>(m_protocol->currentData().toInt());
    p.charset = m_charset->currentText().trimmed();
    p.lenientFrameNumbers = m_lenient->isChecked();
    p.active = m_active->isChecked();
    p.transport.kind = static_cast<TransportKind>(m_transportKind->currentData().toInt());
    p.transport.host = m_host->text().trimmed();
    p.transport.port = m_port->value();
    p.transport.serialPort = m_serialPort->text().trimmed();
    p.transport.baudRate = m_baud->currentData().toInt();
    p.transport.dataBits = m_dataBits->value();
    p.transport.parity = m_parity->currentData().toString().at(0).toLatin1();
    p.transport.stopBits = m_stopBits->value();

    const auto parseRef = [&](QLineEdit *edit, const QString &key) -> domain::Result<std::optional<FieldRef>> {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return std::optional<FieldRef>{};
        auto ref = FieldRef::parse(text, p.protocol);
        if (!ref) {
            domain::Error error = ref.error();
            error.location = key;
            return std::unexpected(error);
        }
        return std::optional<FieldRef>{*ref};
    };
    for (auto [edit, key, target] : {std::tuple{m_specimenRef, QStringLiteral("specimenId"), &p.specimenId},
                                     std::tuple{m_testCodeRef, QStringLiteral("testCode"), &p.testCode}}) {
        auto ref = parseRef(edit, key);
        if (!ref)
            return std::unexpected(ref.error());
        if (!*ref)
            return domain::fail(domain::errc::AnalyzerBadFieldRef, tr("Position obligatoire."), key);
        *target = **ref;
    }
    auto kind = parseRef(m_resultKindRef, QStringLiteral("resultKind"));
    if (!kind)
        return std::unexpected(kind.error());
    p.resultKind = *kind;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    p.resultKinds = m_resultKinds->text().split(separators, Qt::SkipEmptyParts);
    p.values.valueComponent = m_valueComponent->value();
    auto dilution = parseRef(m_dilutionRef, QStringLiteral("values.dilution"));
    if (!dilution)
        return std::unexpected(dilution.error());
    p.values.dilution = *dilution;
    p.identityMapping = m_identity->isChecked();
    p.querySpecimenComponent = m_queryComponent->value();
    p.qc.trustMessage = m_trustQc->isChecked();
    p.qc.specimenIdPattern = m_qcPattern->text().trimmed();
    p.orderMode = static_cast<OrderMode>(m_orderMode->currentData().toInt());
    if (auto mapped = m_mappings->apply(p); !mapped)
        return std::unexpected(mapped.error());
    return p;
}

QString AnalyzerProfileDialog::fieldError(const QString &key) const
{
    if (key.isEmpty())
        return m_generalError->isHidden() ? QString() : m_generalError->text();
    const Field f = m_fields.value(key);
    if (!f.error)
        return f.widget && !m_generalError->isHidden() && m_generalError->property("key").toString() == key
                   ? m_generalError->text()
                   : QString();
    return f.error->isHidden() ? QString() : f.error->text();
}

void AnalyzerProfileDialog::clearErrors()
{
    for (const Field &f : std::as_const(m_fields)) {
        if (f.error)
            f.error->hide();
    }
    m_generalError->hide();
    m_generalError->setProperty("key", QString());
}

void AnalyzerProfileDialog::showError(const domain::Error &error)
{
    m_lastError = error;
    m_lastErrorPlaced = false;
    // The location is a JSON path ("transport.port", "codeMappings[2].testCode"): the longest
    // registered key it starts with names the field.
    QString location = error.location;
    QString best;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString &key = it.key();
        if (location.startsWith(key)
            && (location.size() == key.size() || location.at(key.size()) == QLatin1Char('.')
                || location.at(key.size()) == QLatin1Char('['))
            && key.size() > best.size())
            best = key;
    }
    if (best.isEmpty() && location.startsWith(QStringLiteral("transport")))
        best = QStringLiteral("transport.kind");
    const Field f = m_fields.value(best);
    if (f.widget) {
        m_lastErrorPlaced = true;
        m_tabs->setCurrentIndex(f.tab);
        f.widget->setFocus();
    }
    if (f.error) {
        f.error->setText(error.message);
        f.error->show();
        return;
    }
    m_generalError->setText(location.isEmpty() ? error.message : tr("%1 (%2)").arg(error.message, location));
    m_generalError->setProperty("key", best);
    m_generalError->show();
}

bool AnalyzerProfileDialog::save(const QString &reason)
{
    clearErrors();
    m_lastError.reset();
    auto profile = formProfile();
    if (!profile) {
        showError(profile.error());
        return false;
    }
    if (auto valid = domain::analyzer::AnalyzerProfileJson::validate(*profile); !valid) {
        showError(valid.error());
        return false;
    }
    if (m_submit) {
        if (auto done = m_submit(*profile, reason); !done) {
            showError(done.error());
            return false;
        }
    }
    return true;
}

void AnalyzerProfileDialog::accept()
{
    clearErrors();
    auto profile = formProfile();
    if (!profile) {
        showError(profile.error());
        return;
    }
    if (auto valid = domain::analyzer::AnalyzerProfileJson::validate(*profile); !valid) {
        showError(valid.error());
        return;
    }
    bool saved = false;
    ReasonDialog ask(tr("Enregistrer le profil %1").arg(profile->name),
                     tr("Indiquez le motif de la modification ; l'ancienne version du profil est conservée "
                        "dans l'historique."),
                     [this, &saved](const QString &reason) -> domain::Status {
                         saved = save(reason);
                         // A refusal tied to a field is shown beside it in the editor: close this
                         // dialog; any other (reason missing, rights, conflict) is shown here.
                         if (!saved && m_lastError && !m_lastErrorPlaced)
                             return std::unexpected(*m_lastError);
                         return {};
                     },
                     this);
    ask.exec();
    if (saved)
        QDialog::accept();
}

} // namespace sgl::app
