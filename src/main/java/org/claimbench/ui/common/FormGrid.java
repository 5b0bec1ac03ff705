package org.claimbench.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The two-column form every dialog uses: labels that never truncate, fields that take the rest. */
public final class FormGrid extends GridPane {

    private int rows;

    public FormGrid(double fieldWidth) {
        setHgap(10);
        setVgap(8);
        setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints(fieldWidth);
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
    }

    /** A labelled field; the field stretches to the column's width. */
    public FormGrid row(String label, Node field) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(field);
        if (field instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        addRow(rows++, l, field);
        return this;
    }

    /** A line of help under the field above it. */
    public FormGrid help(Node node) {
        add(node, 1, rows++);
        return this;
    }
}
