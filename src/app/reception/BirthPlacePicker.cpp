#include "app/reception/BirthPlacePicker.h"

#include "workflow/identity/CogDirectory.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>

#include <algorithm>

namespace sgl::app {

using workflow::identity::CogDirectory;

namespace {
/// The completer writes this role into the field: the code, while the list shows the label.
constexpr int kCodeRole = Qt::UserRole + 1;
/// Room to type a place name; code() refuses whatever is not a code.
constexpr int kMaxTyped = 60;
} // namespace

BirthPlacePicker::BirthPlacePicker(QLineEdit *codeEdit) : BirthPlacePicker(codeEdit, CogDirectory::instance()) {}

BirthPlacePicker::BirthPlacePicker(QLineEdit *codeEdit, const CogDirectory &directory)
    : QObject(codeEdit),
      m_edit(codeEdit),
      m_directory(directory),
      m_model(new QStandardItemModel(this)),
      m_completer(new QCompleter(this)),
      m_label(new QLabel(codeEdit->parentWidget()))
{
    setObjectName(QStringLiteral("birthPlacePicker"));
    m_label->setObjectName(QStringLiteral("birthPlaceNameLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit->setMaxLength(kMaxTyped);
    m_edit->setToolTip(tr("Code INSEE de la commune de naissance (2A/2B pour la Corse), ou 99xxx pour un pays "
                          "étranger. Tapez le nom du lieu pour choisir dans la liste."));

    m_completer->setModel(m_model);
    m_completer->setCompletionRole(kCodeRole);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);

    connect(m_edit, &QLineEdit::textEdited, this, &BirthPlacePicker::refreshSuggestions);
    connect(m_edit, &QLineEdit::textChanged, this, &BirthPlacePicker::updateLabel);

    // Under the code, in the same form, so the place name reads with the field.
    if (QWidget *parent = m_edit->parentWidget()) {
        for (QFormLayout *form : parent->findChildren<QFormLayout *>()) {
            int row = -1;
            QFormLayout::ItemRole role = QFormLayout::LabelRole;
            form->getWidgetPosition(m_edit, &row, &role);
            if (row >= 0) {
                form->insertRow(row + 1, QString(), m_label);
                break;
            }
        }
    }
    updateLabel();
}

void BirthPlacePicker::refreshSuggestions(const QString &text)
{
    m_model->clear();
    for (const auto &place : m_directory.search(text, kMaxSuggestions)) {
        auto *item = new QStandardItem(CogDirectory::label(place));
        item->setData(place.code, kCodeRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    // Unfiltered: the directory already matched names without accents; the completer would not.
    m_completer->setCompletionPrefix(text);
    if (m_model->rowCount() > 0 && m_edit->hasFocus())
        m_completer->complete();
}

domain::Result<QString> BirthPlacePicker::code() const
{
    const QString typed = CogDirectory::normalise(m_edit->text());
    if (typed.isEmpty())
        return QString();
    if (auto ok = CogDirectory::validateSyntax(typed); !ok)
        return std::unexpected(ok.error());
    return typed;
}

void BirthPlacePicker::updateLabel()
{
    const QString typed = CogDirectory::normalise(m_edit->text());
    m_label->setProperty("error", false);
    if (typed.isEmpty()) {
        m_label->clear();
    } else if (const auto check = m_directory.check(typed); check) {
        QString text = check->place ? CogDirectory::describe(*check->place)
                                    : tr("Code valide, non vérifié (absent du référentiel embarqué)");
        if (!check->warning.isEmpty())
            text += QLatin1Char('\n') + check->warning;
        m_label->setText(text);
    } else if (typed.size() < 5 && std::all_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isDigit(); })) {
        m_label->setText(tr("Code incomplet : 5 caractères."));
    } else if (!m_directory.search(typed, 1).isEmpty()) {
        m_label->setText(tr("Choisissez le lieu dans la liste pour mettre son code."));
    } else {
        m_label->setText(check.error().message);
        m_label->setProperty("error", true);
    }
}

} // namespace sgl::app
