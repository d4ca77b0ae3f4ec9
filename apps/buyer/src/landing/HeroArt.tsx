/** Decorative: machine images as stacked layers, ready to deploy. Hidden from assistive technologies. */
export function HeroArt() {
  return (
    <svg className="bl-hero__art" viewBox="0 0 360 340" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id="bl-art-top" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#8bd8f5" />
          <stop offset="1" stopColor="#3a72e8" />
        </linearGradient>
      </defs>
      <path d="M60 236L180 296V310L60 250Z" fill="rgb(255 255 255 / 0.06)" />
      <path d="M180 296L300 236V250L180 310Z" fill="rgb(255 255 255 / 0.03)" />
      <path
        d="M180 176L300 236L180 296L60 236Z"
        fill="rgb(255 255 255 / 0.05)"
        stroke="rgb(255 255 255 / 0.22)"
      />
      <path d="M60 168L180 228V242L60 182Z" fill="rgb(255 255 255 / 0.10)" />
      <path d="M180 228L300 168V182L180 242Z" fill="rgb(255 255 255 / 0.05)" />
      <path
        d="M180 108L300 168L180 228L60 168Z"
        fill="rgb(255 255 255 / 0.09)"
        stroke="rgb(255 255 255 / 0.32)"
      />
      <path d="M60 100L180 160V174L60 114Z" fill="#1d55d1" />
      <path d="M180 160L300 100V114L180 174Z" fill="#0f2d78" />
      <path d="M180 40L300 100L180 160L60 100Z" fill="url(#bl-art-top)" stroke="rgb(255 255 255 / 0.5)" />
      <path
        d="M160 104a13 13 0 0 1 2-25.9 18 18 0 0 1 34.6 0.9A12.2 12.2 0 0 1 196 104Z"
        fill="#fff"
        transform="translate(0 -4)"
      />
      <circle cx="300" cy="40" r="4" fill="#8bd8f5" />
      <circle cx="44" cy="74" r="3" fill="rgb(255 255 255 / 0.5)" />
      <circle cx="322" cy="190" r="2.5" fill="rgb(255 255 255 / 0.4)" />
    </svg>
  );
}
