#include "retranslate.h"

#include "catalogue.h"
#include "language.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTextEdit>
#include <QToolBox>
#include <QTreeWidget>
#include <functional>

namespace ik::ui {

namespace {

constexpr int kPassingMessageMs = 8000;

// The classes a text sits in, innermost first: the object's own and its base classes, then its
// parents'. A message's context is the class whose tr() made it.
QStringList contextsOf(const QObject* object) {
    QStringList contexts;
    for (const QObject* o = object; o; o = o->parent()) {
        for (const QMetaObject* m = o->metaObject(); m; m = m->superClass())
            contexts.append(QString::fromLatin1(m->className()));
    }
    return contexts;
}

// Which message made each text at the last switch. Two messages can read the same in one
// language ("E&valuate" and "Ev&aluate" are both "É&valuer"); the way back takes the one the
// text came from. Kept for the texts of the last walk only, so a widget gone is forgotten.
using Place = std::pair<const QObject*, QString>;
QHash<Place, QString>& madeBy() {
    static QHash<Place, QString> places;
    return places;
}

class Walk {
public:
    explicit Walk(const Catalogue& from) : m_from(from) {}
    ~Walk() { madeBy() = std::move(m_madeBy); }

    void widget(QWidget* w);
    void action(QAction* a);
    int changed() const { return m_changed; }

private:
    using Setter = std::function<void(const QString&)>;
    static QString tag(const char* property, int index = -1) {
        return index < 0 ? QString::fromLatin1(property)
                         : QString::fromLatin1(property) + QString::number(index);
    }
    // Sets what `now` says in the language installed now, when a message made it.
    void say(const QObject* o, const QString& tag, const QString& now, const Setter& set) {
        if (now.isEmpty())
            return;
        if (m_contextsOf != o) {
            m_contexts = contextsOf(o);
            m_contextsOf = o;
        }
        const Place place{o, tag};
        const std::optional<Catalogue::Said> again =
            m_from.said(now, m_contexts, madeBy().value(place));
        if (!again)
            return;
        m_madeBy.insert(place, again->message);
        if (again->text != now) {
            set(again->text);
            ++m_changed;
        }
    }
    void common(QWidget* w);
    void inputs(QWidget* w);
    void containers(QWidget* w);
    void itemView(QAbstractItemView* view);
    void items(QStandardItemModel* model, QStandardItem* parent);

    const Catalogue& m_from;
    const QObject* m_contextsOf = nullptr;
    QStringList m_contexts;
    QSet<QAbstractItemModel*> m_models;
    QHash<Place, QString> m_madeBy;
    int m_changed = 0;
};

void Walk::common(QWidget* w) {
    say(w, tag("windowTitle"), w->windowTitle(), [w](const QString& t) { w->setWindowTitle(t); });
    say(w, tag("toolTip"), w->toolTip(), [w](const QString& t) { w->setToolTip(t); });
    say(w, tag("statusTip"), w->statusTip(), [w](const QString& t) { w->setStatusTip(t); });
    say(w, tag("whatsThis"), w->whatsThis(), [w](const QString& t) { w->setWhatsThis(t); });
    say(w, tag("accessibleName"), w->accessibleName(),
        [w](const QString& t) { w->setAccessibleName(t); });
    say(w, tag("accessibleDescription"), w->accessibleDescription(),
        [w](const QString& t) { w->setAccessibleDescription(t); });
    if (auto* label = qobject_cast<QLabel*>(w))
        say(w, tag("text"), label->text(), [label](const QString& t) { label->setText(t); });
    if (auto* button = qobject_cast<QAbstractButton*>(w))
        say(w, tag("text"), button->text(), [button](const QString& t) { button->setText(t); });
    if (auto* box = qobject_cast<QGroupBox*>(w))
        say(w, tag("title"), box->title(), [box](const QString& t) { box->setTitle(t); });
    if (auto* menu = qobject_cast<QMenu*>(w))
        say(w, tag("title"), menu->title(), [menu](const QString& t) { menu->setTitle(t); });
}

// Only what the program put there: a field's placeholder, never what the user typed.
void Walk::inputs(QWidget* w) {
    if (auto* line = qobject_cast<QLineEdit*>(w))
        say(w, tag("placeholderText"), line->placeholderText(),
            [line](const QString& t) { line->setPlaceholderText(t); });
    if (auto* text = qobject_cast<QTextEdit*>(w))
        say(w, tag("placeholderText"), text->placeholderText(),
            [text](const QString& t) { text->setPlaceholderText(t); });
    if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
        say(w, tag("placeholderText"), plain->placeholderText(),
            [plain](const QString& t) { plain->setPlaceholderText(t); });
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
        say(w, tag("specialValueText"), spin->specialValueText(),
            [spin](const QString& t) { spin->setSpecialValueText(t); });
    if (auto* spin = qobject_cast<QSpinBox*>(w)) {
        say(w, tag("prefix"), spin->prefix(), [spin](const QString& t) { spin->setPrefix(t); });
        say(w, tag("suffix"), spin->suffix(), [spin](const QString& t) { spin->setSuffix(t); });
    }
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(w)) {
        say(w, tag("prefix"), spin->prefix(), [spin](const QString& t) { spin->setPrefix(t); });
        say(w, tag("suffix"), spin->suffix(), [spin](const QString& t) { spin->setSuffix(t); });
    }
    auto* combo = qobject_cast<QComboBox*>(w);
    if (!combo)
        return;
    say(w, tag("placeholderText"), combo->placeholderText(),
        [combo](const QString& t) { combo->setPlaceholderText(t); });
    // Choices the program listed; an editable box or one over another model holds data.
    if (combo->isEditable() || combo->model()->parent() != combo)
        return;
    for (int i = 0; i < combo->count(); ++i)
        say(w, tag("itemText", i), combo->itemText(i),
            [combo, i](const QString& t) { combo->setItemText(i, t); });
}

void Walk::containers(QWidget* w) {
    if (auto* tabs = qobject_cast<QTabBar*>(w)) {
        for (int i = 0; i < tabs->count(); ++i) {
            say(w, tag("tabText", i), tabs->tabText(i),
                [tabs, i](const QString& t) { tabs->setTabText(i, t); });
            say(w, tag("tabToolTip", i), tabs->tabToolTip(i),
                [tabs, i](const QString& t) { tabs->setTabToolTip(i, t); });
        }
    }
    if (auto* box = qobject_cast<QToolBox*>(w)) {
        for (int i = 0; i < box->count(); ++i)
            say(w, tag("itemText", i), box->itemText(i),
                [box, i](const QString& t) { box->setItemText(i, t); });
    }
    // Item widgets keep their header texts in items; their cells are data.
    if (auto* table = qobject_cast<QTableWidget*>(w)) {
        for (int c = 0; c < table->columnCount(); ++c) {
            if (QTableWidgetItem* item = table->horizontalHeaderItem(c))
                say(w, tag("header", c), item->text(),
                    [item](const QString& t) { item->setText(t); });
        }
    }
    if (auto* tree = qobject_cast<QTreeWidget*>(w)) {
        QTreeWidgetItem* header = tree->headerItem();
        for (int c = 0; header && c < header->columnCount(); ++c)
            say(w, tag("text", c), header->text(c),
                [header, c](const QString& t) { header->setText(c, t); });
    }
}

// A model says its headers and cells with tr() when asked, so the view only has to ask again.
// No dataChanged: what listens to it (a preset's "modified", a draft's save) would take a
// repaint for an edit.
void Walk::itemView(QAbstractItemView* view) {
    QAbstractItemModel* model = view->model();
    if (qobject_cast<QHeaderView*>(view) || !model || m_models.contains(model))
        return;
    m_models.insert(model);
    // A tree of items built once with its texts (the workloads, under "Local sandbox"); a
    // combo box's own list is its choices, seen above.
    if (auto* standard = qobject_cast<QStandardItemModel*>(model);
        standard && !qobject_cast<QComboBox*>(model->parent()))
        items(standard, standard->invisibleRootItem());
    if (const int columns = model->columnCount(); columns > 0)
        emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (const int rows = model->rowCount(); rows > 0)
        emit model->headerDataChanged(Qt::Vertical, 0, rows - 1);
    view->viewport()->update();
}

void Walk::items(QStandardItemModel* model, QStandardItem* parent) {
    for (int row = 0; row < parent->rowCount(); ++row) {
        for (int column = 0; column < parent->columnCount(); ++column) {
            QStandardItem* item = parent->child(row, column);
            if (!item)
                continue;
            const QString at = QString::number(quintptr(item), 16);
            say(model, at + QStringLiteral("text"), item->text(),
                [item](const QString& t) { item->setText(t); });
            say(model, at + QStringLiteral("tip"), item->toolTip(),
                [item](const QString& t) { item->setToolTip(t); });
            say(model, at + QStringLiteral("a11y"), item->accessibleText(),
                [item](const QString& t) { item->setAccessibleText(t); });
            items(model, item);
        }
    }
}

void Walk::widget(QWidget* w) {
    common(w);
    inputs(w);
    containers(w);
    if (auto* view = qobject_cast<QAbstractItemView*>(w))
        itemView(view);
    // A passing message passes again, in the new words; how long it had left is not known.
    if (auto* bar = qobject_cast<QStatusBar*>(w))
        say(w, tag("message"), bar->currentMessage(),
            [bar](const QString& t) { bar->showMessage(t, kPassingMessageMs); });
}

void Walk::action(QAction* a) {
    say(a, tag("text"), a->text(), [a](const QString& t) { a->setText(t); });
    say(a, tag("toolTip"), a->toolTip(), [a](const QString& t) { a->setToolTip(t); });
    say(a, tag("statusTip"), a->statusTip(), [a](const QString& t) { a->setStatusTip(t); });
    say(a, tag("whatsThis"), a->whatsThis(), [a](const QString& t) { a->setWhatsThis(t); });
}

int retranslate(const QList<QWidget*>& widgets, const Catalogue& from) {
    Walk walk(from);
    QSet<QAction*> actions;
    for (QWidget* w : widgets) {
        walk.widget(w);
        for (QAction* a : w->actions())
            actions.insert(a);
        for (QAction* a : w->findChildren<QAction*>(Qt::FindDirectChildrenOnly))
            actions.insert(a);
    }
    for (QAction* a : std::as_const(actions))
        walk.action(a);
    return walk.changed();
}

} // namespace

int retranslateTree(QWidget* root, const Catalogue& from) {
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    return retranslate(widgets, from);
}

bool switchLanguage(const QString& language, QString* problem) {
    const QString before = installedLanguage();
    if (language == before)
        return true;
    // Read before the switch: what is on screen is in the language installed now.
    const Catalogue from = Catalogue::shownIn(before);
    if (!installLanguage(language, problem)) {
        installLanguage(before);
        return false;
    }
    // Numbers follow too: a widget takes its locale when made, and fields such as spin boxes
    // show their values again only when told their locale changed.
    for (QWidget* w : QApplication::topLevelWidgets())
        w->setLocale(QLocale());
    retranslate(QApplication::allWidgets(), from);
    return true;
}

} // namespace ik::ui
