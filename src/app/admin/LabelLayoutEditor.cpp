#include "app/admin/LabelLayoutEditor.h"

#include "domain/lab/TubeLabel.h"
#include "interop/labels/LabelPainter.h"
#include "ui_LabelLayoutEditor.h"

#include <QDoubleSpinBox>
#include <QListWidgetItem>

namespace sgl::app {

using domain::LabelField;
using domain::LabelLayout;

namespace {

/** A synthetic patient and tube: the preview never shows a real person. */
domain::TubeLabel sampleLabel()
{
    domain::TubeLabel l;
    l.birthName = QStringLiteral("DURAND");
    l.usedName = QStringLiteral("MARTIN");
    l.firstName = QStringLiteral("Claire");
    l.birthDate = QStringLiteral("1980-02-14");
    l.sex = domain::Sex::Female;
    l.dossierNumber = QStringLiteral("261206-0001");
    l.barcode = QStringLiteral("00000001*");
    l.containerLabel = QStringLiteral("Tube sec");
    l.containerCode = QStringLiteral("SEC");
    l.specimenType = QStringLiteral("Sérum");
    l.sampledAt = QDateTime(QDate(2026, 12, 6), QTime(8, 30));
    l.priority = domain::TubeLabel::Priority::Urgent;
    return l;
}

} // namespace

LabelLayoutEditor::LabelLayoutEditor(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LabelLayoutEditor>())
{
    m_ui->setupUi(this);
    m_ui->symbologyCombo->addItem(QStringLiteral("Code 128"), int(LabelLayout::Symbology::Code128));
    m_ui->symbologyCombo->addItem(QStringLiteral("DataMatrix"), int(LabelLayout::Symbology::DataMatrix));
    for (int dpi : LabelLayout::supportedDpi())
        m_ui->dpiCombo->addItem(tr("%1 dpi").arg(dpi), dpi);
    for (LabelField f : domain::allLabelFields()) {
        auto *item = new QListWidgetItem(fieldName(f), m_ui->fieldsList);
        item->setData(Qt::UserRole, int(f));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (QDoubleSpinBox *spin : findChildren<QDoubleSpinBox *>())
        connect(spin, &QDoubleSpinBox::valueChanged, this, &LabelLayoutEditor::refreshPreview);
    connect(m_ui->symbologyCombo, &QComboBox::currentIndexChanged, this, &LabelLayoutEditor::refreshPreview);
    connect(m_ui->dpiCombo, &QComboBox::currentIndexChanged, this, &LabelLayoutEditor::refreshPreview);
    connect(m_ui->quietZonesCheck, &QCheckBox::toggled, this, &LabelLayoutEditor::refreshPreview);
    connect(m_ui->fieldsList, &QListWidget::itemChanged, this, &LabelLayoutEditor::refreshPreview);
    setLabelLayout(LabelLayout{});
}

LabelLayoutEditor::~LabelLayoutEditor() = default;

QString LabelLayoutEditor::fieldName(LabelField field)
{
    switch (field) {
    case LabelField::PatientName:
        return tr("Nom de naissance et prénom");
    case LabelField::UsedName:
        return tr("Nom utilisé");
    case LabelField::BirthDate:
        return tr("Date de naissance");
    case LabelField::Sex:
        return tr("Sexe");
    case LabelField::DossierNumber:
        return tr("Numéro de dossier");
    case LabelField::Priority:
        return tr("Urgence (URGENT, VITAL)");
    case LabelField::BarcodeText:
        return tr("Code-barres en clair");
    case LabelField::Container:
        return tr("Tube (contenant)");
    case LabelField::SpecimenType:
        return tr("Nature de l'échantillon");
    case LabelField::SamplingTime:
        return tr("Date et heure de prélèvement");
    case LabelField::CopyIndex:
        return tr("Numéro d'exemplaire (1/2)");
    }
    return {};
}

void LabelLayoutEditor::setLabelLayout(const LabelLayout &layout)
{
    m_loading = true;
    m_ui->widthSpin->setValue(layout.widthMm);
    m_ui->heightSpin->setValue(layout.heightMm);
    m_ui->marginLeftSpin->setValue(layout.marginsMm.left);
    m_ui->marginTopSpin->setValue(layout.marginsMm.top);
    m_ui->marginRightSpin->setValue(layout.marginsMm.right);
    m_ui->marginBottomSpin->setValue(layout.marginsMm.bottom);
    m_ui->barcodeHeightSpin->setValue(layout.barcodeHeightMm);
    m_ui->moduleSpin->setValue(layout.moduleWidthMm);
    m_ui->lineHeightSpin->setValue(layout.lineHeightMm);
    m_ui->symbologyCombo->setCurrentIndex(m_ui->symbologyCombo->findData(int(layout.symbology)));
    m_ui->dpiCombo->setCurrentIndex(std::max(0, m_ui->dpiCombo->findData(layout.dpi)));
    m_ui->quietZonesCheck->setChecked(layout.quietZones);
    for (int i = 0; i < m_ui->fieldsList->count(); ++i) {
        QListWidgetItem *item = m_ui->fieldsList->item(i);
        item->setCheckState(layout.shows(LabelField(item->data(Qt::UserRole).toInt())) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
    refreshPreview();
}

LabelLayout LabelLayoutEditor::labelLayout() const
{
    LabelLayout l;
    l.widthMm = m_ui->widthSpin->value();
    l.heightMm = m_ui->heightSpin->value();
    l.marginsMm = {m_ui->marginLeftSpin->value(), m_ui->marginTopSpin->value(), m_ui->marginRightSpin->value(),
                   m_ui->marginBottomSpin->value()};
    l.barcodeHeightMm = m_ui->barcodeHeightSpin->value();
    l.moduleWidthMm = m_ui->moduleSpin->value();
    l.lineHeightMm = m_ui->lineHeightSpin->value();
    l.symbology = LabelLayout::Symbology(m_ui->symbologyCombo->currentData().toInt());
    l.dpi = m_ui->dpiCombo->currentData().toInt();
    l.quietZones = m_ui->quietZonesCheck->isChecked();
    l.fields.clear();
    for (int i = 0; i < m_ui->fieldsList->count(); ++i)
        if (m_ui->fieldsList->item(i)->checkState() == Qt::Checked)
            l.fields << LabelField(m_ui->fieldsList->item(i)->data(Qt::UserRole).toInt());
    return l;
}

void LabelLayoutEditor::setReadOnly(bool readOnly)
{
    for (QDoubleSpinBox *spin : findChildren<QDoubleSpinBox *>())
        spin->setReadOnly(readOnly);
    m_ui->symbologyCombo->setEnabled(!readOnly);
    m_ui->dpiCombo->setEnabled(!readOnly);
    m_ui->quietZonesCheck->setEnabled(!readOnly);
    m_ui->fieldsList->setEnabled(!readOnly);
}

void LabelLayoutEditor::focusSetting(const QString &key)
{
    static const QHash<QString, QString> widgets{
        {QStringLiteral("label.width_mm"), QStringLiteral("widthSpin")},
        {QStringLiteral("label.height_mm"), QStringLiteral("heightSpin")},
        {QStringLiteral("label.margin_left_mm"), QStringLiteral("marginLeftSpin")},
        {QStringLiteral("label.margin_top_mm"), QStringLiteral("marginTopSpin")},
        {QStringLiteral("label.margin_right_mm"), QStringLiteral("marginRightSpin")},
        {QStringLiteral("label.margin_bottom_mm"), QStringLiteral("marginBottomSpin")},
        {QStringLiteral("label.barcode_height_mm"), QStringLiteral("barcodeHeightSpin")},
        {QStringLiteral("label.module_mm"), QStringLiteral("moduleSpin")},
        {QStringLiteral("label.line_height_mm"), QStringLiteral("lineHeightSpin")},
        {QStringLiteral("label.symbology"), QStringLiteral("symbologyCombo")},
        {QStringLiteral("label.dpi"), QStringLiteral("dpiCombo")},
        {QStringLiteral("label.quiet_zones"), QStringLiteral("quietZonesCheck")},
        {QStringLiteral("label.fields"), QStringLiteral("fieldsList")}};
    if (auto *w = findChild<QWidget *>(widgets.value(key)))
        w->setFocus();
}

QString LabelLayoutEditor::problemText() const
{
    return m_ui->problemLabel->isHidden() ? QString() : m_ui->problemLabel->text();
}

QImage LabelLayoutEditor::previewImage() const
{
    return m_preview;
}

void LabelLayoutEditor::refreshPreview()
{
    if (m_loading)
        return;
    const LabelLayout layout = labelLayout();
    const QList<domain::Error> problems = layout.validate();
    m_preview = QImage();
    QString problem = problems.isEmpty() ? QString() : problems.first().message;
    if (problems.isEmpty()) {
        auto image = interop::labels::LabelPainter(layout).toImage(sampleLabel(), layout.dpi);
        if (image)
            m_preview = *image;
        else
            problem = image.error().message;
    }
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    if (m_preview.isNull()) {
        m_ui->previewLabel->setPixmap({});
        m_ui->previewLabel->setText(tr("Aperçu impossible : corrigez le réglage signalé."));
        return;
    }
    // Shown at about 4 px per mm whatever the printer resolution, so sizes compare on screen.
    const int width = int(layout.widthMm * 4);
    m_ui->previewLabel->setPixmap(
        QPixmap::fromImage(m_preview.scaledToWidth(width, Qt::SmoothTransformation)));
}

} // namespace sgl::app
