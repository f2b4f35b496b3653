package io.pacer.events;

/** What kind of project was signed (the speech counts industrial and science-and-talent projects apart). */
public enum ProjectCategory {
    INDUSTRIAL,
    SCIENCE_TALENT,
    OTHER
}
