import { categoryLabel } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';
import { useId } from 'react';
import { CATEGORY_SHORTCUTS } from './categories.ts';
import { HeroArt } from './HeroArt.tsx';

/** The query the person searched for, kept in the box after the page reloads on `/?q=...`. */
function currentQuery(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

export function Hero() {
  const { t, language } = useI18n();
  const inputId = useId();
  const shortcutsId = useId();
  return (
    <section className="bl-hero mk-on-dark" aria-labelledby="bl-hero-title">
      <div className="mk-container bl-hero__inner">
        <div className="bl-hero__content">
          <p className="mk-eyebrow">{t('buyer.hero.eyebrow')}</p>
          <h1 id="bl-hero-title" className="bl-hero__title">
            {t('buyer.hero.title')}
          </h1>
          <p className="bl-hero__lead">{t('buyer.hero.lead')}</p>

          {/* A plain GET form: it works before scripts load, and the URL is shareable. */}
          <search className="bl-search-landmark">
            <form className="bl-search" action="/catalog" method="get">
              <label className="mk-visually-hidden" htmlFor={inputId}>
                {t('buyer.search.label')}
              </label>
              <svg className="bl-search__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
                <path
                  d="M8.5 3a5.5 5.5 0 1 0 3.4 9.83l3.63 3.64 1.06-1.06-3.63-3.64A5.5 5.5 0 0 0 8.5 3Zm-4 5.5a4 4 0 1 1 8 0 4 4 0 0 1-8 0Z"
                  fill="currentColor"
                />
              </svg>
              <input
                id={inputId}
                className="bl-search__input"
                type="search"
                name="q"
                defaultValue={currentQuery()}
                placeholder={t('buyer.search.placeholder')}
                autoComplete="off"
                enterKeyHint="search"
              />
              <button className="mk-button mk-button--primary bl-search__submit" type="submit">
                {t('buyer.search.submit')}
              </button>
            </form>
          </search>

          <nav className="bl-shortcuts" aria-labelledby={shortcutsId}>
            <span id={shortcutsId} className="bl-shortcuts__label">
              {t('buyer.search.shortcuts')}
            </span>
            <ul className="bl-shortcuts__list">
              {CATEGORY_SHORTCUTS.map((category) => (
                <li key={category}>
                  <a className="mk-chip" href={`/catalog?category=${category}`}>
                    {categoryLabel(category, language)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <HeroArt />
      </div>
    </section>
  );
}
