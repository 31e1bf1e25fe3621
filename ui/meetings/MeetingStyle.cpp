// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingStyle.h"

#include "common/WrappedLabel.h"

#include <QApplication>
#include <QVariant>
#include <algorithm>

namespace outloud::meetingstyle {

namespace {
constexpr const char* TypeProperty = "outloudMeetingType";
constexpr const char* BaseFixedWidth = "outloudBaseFixedWidth";
/// Body at scale 1, and the other steps as multiples of it.
constexpr qreal BodyPoints = 15;
/// No text in meeting mode gets smaller than this, however small the window.
constexpr qreal SmallestPoints = 10;
} // namespace

qreal pointSize(Type type, qreal scale)
{
    qreal factor = 1;
    switch (type) {
    case Type::Display:
        factor = 3.6;
        break;
    case Type::Headline:
        factor = 1.6;
        break;
    case Type::Body:
        factor = 1;
        break;
    case Type::Note:
        factor = 0.85;
        break;
    }
    // Half points: neighbouring scales share their fonts.
    return std::max(SmallestPoints, std::round(BodyPoints * factor * scale * 2) / 2);
}

QLabel* label(QWidget* parent, const QString& name, Type type, bool bold)
{
    auto* label = new WrappedLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setBold(bold);
    label->setFont(f);
    setType(label, type);
    return label;
}

void setType(QWidget* widget, Type type)
{
    widget->setProperty(TypeProperty, int(type));
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
        if (const QVariant type = w->property(TypeProperty); type.isValid()) {
            QFont f = w->font();
            f.setPointSizeF(pointSize(Type(type.toInt()), scale));
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
