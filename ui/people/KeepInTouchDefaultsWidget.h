// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QComboBox;

namespace outloud {

class Editor;

/// The usual keep-in-touch rhythm for each closeness level; each change can be undone.
class KeepInTouchDefaultsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit KeepInTouchDefaultsWidget(Editor& editor, QWidget* parent = nullptr);

Q_SIGNALS:
    void message(const QString& text);

private:
    void refresh();

    Editor& m_editor;
    QList<QComboBox*> m_levels;
};

} // namespace outloud
