// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingStyle.h"

#include <QApplication>
#include <QLabel>
#include <QVariant>

namespace outloud::meetingstyle {

namespace {
constexpr const char* BasePointSize = "outloudBasePointSize";
constexpr const char* BaseFixedWidth = "outloudBaseFixedWidth";
} // namespace

QLabel* label(QWidget* parent, const QString& name, int pointSize, bool bold)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    label->setFont(f);
    setBasePointSize(label, pointSize);
    return label;
}

void setBasePointSize(QWidget* widget, qreal pointSize)
{
    widget->setProperty(BasePointSize, pointSize);
}

void setBaseFixedWidth(QWidget* widget, int width)
{
    widget->setProperty(BaseFixedWidth, width);
    widget->setFixedWidth(width);
}

void applyScale(QWidget* root, qreal scale)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (const QVariant base = w->property(BasePointSize); base.isValid()) {
            QFont f = w->font();
            f.setPointSizeF(std::max(8.0, base.toReal() * scale));
            w->setFont(f);
        }
        if (const QVariant width = w->property(BaseFixedWidth); width.isValid())
            w->setFixedWidth(qRound(width.toInt() * scale));
    }
}

void setAlert(QWidget* widget, bool alert)
{
    const QPalette app = QApplication::palette(widget);
    QPalette p = widget->palette();
    p.setColor(QPalette::Window, app.color(alert ? QPalette::Highlight : QPalette::Base));
    p.setColor(QPalette::WindowText, app.color(alert ? QPalette::HighlightedText : QPalette::Text));
    widget->setPalette(p);
    widget->setProperty("timeUp", alert);
}

} // namespace outloud::meetingstyle
